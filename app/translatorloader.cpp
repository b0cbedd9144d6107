#include "translatorloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace opc {

QString TranslatorLoader::install(QCoreApplication *app, const QLocale &locale)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, u"operator-console"_qs, u"_"_qs, u":/i18n"_qs)) {
        delete translator;
        return u"en"_qs;
    }
    QCoreApplication::installTranslator(translator);
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return translator->language();
}

} // namespace opc
