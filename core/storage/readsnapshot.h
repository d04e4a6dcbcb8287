#pragma once

#include "util/result.h"

namespace ab {

class Database;

// One consistent view of a workspace for a long read (an export, a report):
// what it reads first and last comes from the same moment, whatever others
// commit meanwhile. A file's WAL reader sees the file as at its first read; a
// server's transaction is REPEATABLE READ. Nothing is written through it, so
// ending it either way is the same.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_db(db) {}
    ~ReadSnapshot() { end(); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status begin();
    void end();

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace ab
