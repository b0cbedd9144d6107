#include "aboutdialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

using namespace opc;

// Issue #10 part 4: the About box names the license and shows its text and the third-party
// notices, both exactly the files the packages install (LICENSE, resources/legal/).
class TestAboutDialog : public QObject
{
    Q_OBJECT

    static QString sourceFile(const QString &relative)
    {
        QFile file(QStringLiteral(OPC_SOURCE_DIR) + u'/' + relative);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static QString documentText(AboutDialog &about, const QString &name)
    {
        auto *dialog = about.findChild<QDialog *>(name);
        if (!dialog)
            return {};
        auto *browser = dialog->findChild<QTextBrowser *>();
        return browser ? browser->toPlainText() : QString();
    }

private slots:
    void resourcesAreTheInstalledFiles()
    {
        QVERIFY(AboutDialog::licenseText().startsWith(u"MIT License"));
        QCOMPARE(AboutDialog::licenseText(), sourceFile(u"LICENSE"_s));
        QCOMPARE(AboutDialog::thirdPartyNotices(), sourceFile(u"resources/legal/third-party-notices.md"_s));
        for (const char *component : {"GNU Lesser General Public License version 3", "Relinking", "Chromium",
                                      "QtKeychain", "SQLite", "OpenSSL", "Qt HTTP Server"})
            QVERIFY2(AboutDialog::thirdPartyNotices().contains(QLatin1String(component)), component);
    }

    void namesTheLicenseAndShowsBothTexts()
    {
        AboutDialog about(u"/tmp/data"_s);
        const auto *text = about.findChild<QLabel *>(u"aboutText"_s);
        QVERIFY(text);
        QVERIFY(text->text().contains(u"MIT License"));
        QVERIFY(text->text().contains(u"/tmp/data"));

        QTest::mouseClick(about.licenseButton(), Qt::LeftButton);
        QVERIFY(documentText(about, u"licenseDocument"_s).contains(u"Permission is hereby granted"));
        QTest::mouseClick(about.noticesButton(), Qt::LeftButton);
        const QString notices = documentText(about, u"noticesDocument"_s);
        QVERIFY(notices.contains(u"GNU Lesser General Public License version 3"));
        QVERIFY2(!notices.contains(u"## "), "the notices are shown as rendered Markdown");

        QTest::mouseClick(about.noticesButton(), Qt::LeftButton); // raises the open one
        QCOMPARE(about.findChildren<QDialog *>(u"noticesDocument"_s).size(), 1);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
