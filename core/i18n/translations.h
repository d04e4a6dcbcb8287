#pragma once

#include <QString>

class QCoreApplication;

namespace ab::i18n {

// Installs AuditBench's and Qt's own translations for `language` ("en",
// "zh_CN"; empty means the system locale). Replaces translators installed by
// an earlier call, so the language can change while the program runs.
// Returns the language actually in use.
QString install(const QString &language);

// The languages the program ships, as codes.
QStringList available();

} // namespace ab::i18n
