#pragma once

#include "storage/serveraddress.h"

#include <QString>

namespace ab::test {

// A new, empty database on the test suite's PostgreSQL cluster (started by
// the CTest fixture "pgserver", which writes its address to a file in the
// build tree), dropped again when this goes. A test run
// without the fixture fails with a message saying so rather than passing
// untested.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    const ServerAddress &address() const { return m_address; }
    // The same database as another server login.
    ServerAddress as(const QString &login) const;
    // Creates a login role on the cluster unless it exists (roles are the
    // cluster's, shared by every test database; the cluster trusts loopback).
    void ensureLogin(const QString &login) const;
    QString url() const { return m_address.toString(); }

    // Runs one statement as the cluster's superuser in this database (roles,
    // grants, tampering a test needs); fails the test when it fails.
    void exec(const QString &statement) const;

private:
    ServerAddress m_admin; // the cluster's maintenance database
    ServerAddress m_address;
};

} // namespace ab::test
