#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QWebEngineFindTextResult;
class QWebEnginePage;

namespace opc {

// Find in the portal's page: a field under the page, "3 of 12", next (Enter, F3) and previous
// (Shift+Enter), Esc closes it and clears the highlights.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    // The page to search; follows a page replaced after a crash.
    void setPage(QWebEnginePage *page);
    QLineEdit *field() const { return m_field; }
    QString resultText() const;

public slots:
    // Shows the bar with the field focused and its text selected.
    void open();
    void findNext();
    void findPrevious();
    void close();

signals:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);

    QPointer<QWebEnginePage> m_page;
    QLineEdit *m_field;
    QLabel *m_result;
};

} // namespace opc
