#include "translatorloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace opc {

QString TranslatorLoader::install(QCoreApplication *app, const QLocale &locale)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, u"operator-console"_s, u"_"_s, u":/i18n"_s)) {
        delete translator;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(translator);
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return translator->language();
}

} // namespace opc
