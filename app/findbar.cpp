#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

using namespace Qt::StringLiterals;

namespace opc {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in page"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_result->setObjectName(u"findResult"_s);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    auto *done = new QToolButton(this);
    done->setText(tr("Close"));
    done->setToolTip(tr("Close (Esc)"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 3, 6, 3);
    row->addWidget(m_field, 1);
    row->addWidget(m_result);
    row->addWidget(previous);
    row->addWidget(next);
    row->addWidget(done);
    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(done, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::setPage(QWebEnginePage *page)
{
    if (m_page)
        disconnect(m_page, nullptr, this, nullptr);
    m_page = page;
    if (page)
        connect(page, &QWebEnginePage::findTextFinished, this, &FindBar::showResult);
    m_result->clear();
}

QString FindBar::resultText() const
{
    return m_result->text();
}

void FindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        find(false);
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::close()
{
    if (m_page)
        m_page->findText(QString()); // clears the highlights
    m_result->clear();
    hide();
    emit closed();
}

void FindBar::find(bool backward)
{
    if (!m_page)
        return;
    if (m_field->text().isEmpty()) {
        m_page->findText(QString());
        m_result->clear();
        return;
    }
    m_page->findText(m_field->text(), backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void FindBar::showResult(const QWebEngineFindTextResult &result)
{
    if (m_field->text().isEmpty())
        m_result->clear();
    else if (result.numberOfMatches() == 0)
        m_result->setText(tr("No matches"));
    else
        m_result->setText(tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F3) {
            find(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace opc
