#include "logging.h"

Q_LOGGING_CATEGORY(lcBridge, "opconsole.bridge", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProtocol, "opconsole.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "opconsole.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "opconsole.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "opconsole.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "opconsole.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRest, "opconsole.rest", QtInfoMsg)
