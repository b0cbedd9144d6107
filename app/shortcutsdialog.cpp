#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

// "&Find in events…" → "Find in events"; "&&" stays one "&".
QString plainName(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    if (text.endsWith(u"…"_s))
        text.chop(1);
    else if (text.endsWith(u"..."_s))
        text.chop(3);
    return text.trimmed();
}

QString widgetName(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (!widget->accessibleName().isEmpty())
            return widget->accessibleName();
        if (!widget->windowTitle().isEmpty())
            return widget->windowTitle();
    }
    return {};
}

} // namespace

QString ShortcutsDialog::scopeOf(const QAction *action)
{
    if (const QVariant scope = action->property(scopeProperty); scope.isValid())
        return scope.toString();
    switch (action->shortcutContext()) {
    case Qt::WindowShortcut:
    case Qt::ApplicationShortcut:
        return tr("Anywhere in the window");
    case Qt::WidgetShortcut:
    case Qt::WidgetWithChildrenShortcut:
        break;
    }
    QStringList names;
    for (const QObject *object : action->associatedObjects()) {
        if (qobject_cast<const QMenu *>(object) || qobject_cast<const QMenuBar *>(object))
            continue; // a menu is where it is listed, not where its keys work
        const QString name = widgetName(qobject_cast<const QWidget *>(object));
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names.join(u", "_s);
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<QAction *> actions = window->actions();
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!actions.contains(action))
            actions.append(action);
    }
    QList<Entry> entries;
    for (const QAction *action : std::as_const(actions)) {
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        Entry entry{plainName(action->text()), keys.join(u", "_s), scopeOf(action)};
        // The same action in several fields ("Pick a day" in From and To): one row naming both.
        const auto same = std::find_if(entries.begin(), entries.end(), [&entry](const Entry &other) {
            return other.name == entry.name && other.keys == entry.keys;
        });
        if (same == entries.end())
            entries.append(entry);
        else if (!same->scope.split(u", "_s).contains(entry.scope))
            same->scope += u", "_s + entry.scope;
    }
    const QString anywhere = tr("Anywhere in the window");
    std::stable_sort(entries.begin(), entries.end(), [&anywhere](const Entry &a, const Entry &b) {
        return (a.scope == anywhere) > (b.scope == anywhere);
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_table(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const Entry &entry : collect(window))
        new QTreeWidgetItem(m_table, {entry.name, entry.keys, entry.scope});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    int width = 0;
    for (int column = 0; column < m_table->columnCount(); ++column)
        width += m_table->columnWidth(column);
    resize(qMax(width + 60, 480), 460);
}

} // namespace opc
