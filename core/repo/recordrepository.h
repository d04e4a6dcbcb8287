#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <optional>

namespace ab {

class Database;

// The one place that writes workspace records with SQL. Calls run inside the
// caller's transaction (services own transactions and audit entries).
class RecordRepository
{
public:
    explicit RecordRepository(Database &db) : m_db(db) {}

    Status insert(const Provider &provider);
    Status insert(const ModelVersion &model);
    Status insert(const Generation &generation);
    Status insert(const Complaint &complaint);

    Result<std::optional<Provider>> findProvider(const QString &id);
    Result<std::optional<ModelVersion>> findModel(const QString &id);
    Result<std::optional<Generation>> findGeneration(const QString &id);
    Result<std::optional<Complaint>> findComplaint(const QString &id);

private:
    Database &m_db;
};

} // namespace ab
