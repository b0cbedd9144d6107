#include "translatorloader.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

using opc::TranslatorLoader;

class TestTranslatorLoader : public QObject
{
    Q_OBJECT

private slots:
    void russianCoversQtsOwnStrings()
    {
        QCOMPARE(TranslatorLoader::install(qApp), u"ru"_s);
        // The console's own catalogue...
        QCOMPARE(QCoreApplication::translate("opc::MainWindow", "&Quit"), u"&Выход"_s);
        // ...and Qt's (qt6-translations-l10n): standard dialog buttons.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Отмена"_s);
    }
};

QTEST_MAIN(TestTranslatorLoader)
#include "tst_translatorloader.moc"
