#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <ostream>

// Lets Catch print Qt strings in failed assertions.
std::ostream &operator<<(std::ostream &os, const QString &s);

namespace ab::test {

// A temporary folder removed at the end of the test.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// SHA-256 (hex) of a file's bytes.
QString fileHash(const QString &path);

// Fails the test with the error's text when `r` is not ok.
#define AB_REQUIRE_OK(r)                                                                           \
    do {                                                                                           \
        const auto &ab_r_ = (r);                                                                   \
        INFO((ab_r_.ok() ? QString() : ab_r_.error().toString()).toStdString());                   \
        REQUIRE(ab_r_.ok());                                                                       \
    } while (false)

} // namespace ab::test
