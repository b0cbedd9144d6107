#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

namespace opc {

// Help → Keyboard shortcuts: every shortcut of a window, read from its actions when the dialog
// opens, so the list can't drift from what the keys do. Each row: what it does, the keys in the
// platform's own spelling (translated by Qt), and where it works.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name; // "Find in events", without mnemonic or ellipsis
        QString keys; // "Ctrl+Shift+F", native text, several separated by ", "
        QString scope; // "Anywhere in the window", or the widget's name
    };

    // An action whose shortcut works in a narrower place than its context says (its slot is
    // disabled elsewhere) names that place in this dynamic property.
    static constexpr const char *scopeProperty = "opcShortcutScope";

    explicit ShortcutsDialog(QWidget *window);

    // The shortcuts of window and everything in it; one entry per action and key list, the same
    // action in several widgets as one entry naming them all. Window-wide shortcuts first.
    static QList<Entry> collect(const QWidget *window);
    QTreeWidget *table() const { return m_table; }

private:
    static QString scopeOf(const QAction *action);

    QTreeWidget *m_table;
};

} // namespace opc
