#pragma once

#include <QDialog>

class QPushButton;

namespace opc {

// Help → About: the version, what the console does, its data folder and its license (MIT), with
// buttons for the license text and the third-party notices Qt's LGPL asks for. Both texts are
// resources (:/legal, from LICENSE and resources/legal/) and are also installed with every package.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &dataDir, QWidget *parent = nullptr);

    static QString licenseText();
    static QString thirdPartyNotices(); // Markdown

    QPushButton *licenseButton() const { return m_license; }
    QPushButton *noticesButton() const { return m_notices; }

private:
    // A non-modal reader for one document, a child of this dialog (object name `name`).
    void showDocument(const QString &name, const QString &title, const QString &text, bool markdown);

    QPushButton *m_license = nullptr;
    QPushButton *m_notices = nullptr;
};

} // namespace opc
