#include "protocol/eventpresentation.h"
#include "translatorloader.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Every language in translations/ is complete, and the embedded .qm files are what the app loads.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(OPC_SOURCE_DIR "/translations"));
        const auto files = dir.entryList({u"*.ts"_s});
        QVERIFY(files.size() >= 3);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
                const bool unfinished = type == u"unfinished";
                const bool vanished = type == u"vanished" || type == u"obsolete";
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!vanished && (unfinished || text.trimmed().isEmpty()))
                    missing << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 untranslated, e.g. \"%2\""_s.arg(missing.size()).arg(missing.value(0))));
    }

    void embeddedTranslationsLoad_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("transfer");
        QTest::newRow("ru") << u"ru_RU"_s << u"Перевод звонка"_s;
        QTest::newRow("de") << u"de_DE"_s << u"Weiterleitung"_s;
    }
    void embeddedTranslationsLoad()
    {
        QFETCH(QString, locale);
        QFETCH(QString, transfer);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(locale), u"operator-console"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(opc::EventPresentation::eventLabel(opc::CallCardEventType::TransferButtonClick), transfer);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(opc::EventPresentation::eventLabel(opc::CallCardEventType::TransferButtonClick),
                 u"Transfer"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
