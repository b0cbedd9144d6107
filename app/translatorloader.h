#pragma once

#include <QLocale>

class QCoreApplication;

namespace opc {

// Installs the console's translation (embedded under :/i18n) for the first of the user's UI
// languages that has one, plus Qt's own strings for that language. English needs none.
class TranslatorLoader
{
public:
    static QString install(QCoreApplication *app, const QLocale &locale = QLocale());
};

} // namespace opc
