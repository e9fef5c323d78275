#include "supervisor/store/schema.h"

namespace TheEye::Supervisor::Schema {

using namespace Qt::StringLiterals;

// Documents are compact JSON as the API serves them; the columns beside them are what lookups,
// scoping and ordering need. Every row belongs to one organization.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
         {
             u"CREATE TABLE organizations ("
             "  id TEXT PRIMARY KEY,"
             "  name TEXT NOT NULL UNIQUE,"
             "  document TEXT NOT NULL)"_s,
             u"CREATE TABLE tokens ("
             "  id TEXT PRIMARY KEY,"
             "  hash TEXT NOT NULL UNIQUE,"
             "  role TEXT NOT NULL,"
             "  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
             "  principal_id TEXT NOT NULL,"
             "  username TEXT NOT NULL,"
             "  email TEXT NOT NULL,"
             "  label TEXT NOT NULL,"
             "  created TEXT NOT NULL)"_s,
             u"CREATE TABLE hosts ("
             "  id TEXT PRIMARY KEY,"
             "  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
             "  hostname TEXT NOT NULL,"
             "  local_bot INTEGER NOT NULL DEFAULT 0,"
             "  document TEXT NOT NULL)"_s,
             u"CREATE INDEX hosts_organization ON hosts(organization_id, hostname)"_s,
             u"CREATE TABLE scripts ("
             "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
             "  id TEXT NOT NULL UNIQUE,"
             "  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
             "  document TEXT NOT NULL,"
             "  content BLOB NOT NULL)"_s,
             u"CREATE TABLE tasks ("
             "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
             "  id TEXT NOT NULL UNIQUE,"
             "  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
             "  secret TEXT NOT NULL,"
             "  execution_count INTEGER NOT NULL DEFAULT 0,"
             "  document TEXT NOT NULL)"_s,
             u"CREATE TABLE task_events ("
             "  id TEXT PRIMARY KEY,"
             "  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
             "  task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
             "  name TEXT NOT NULL,"
             "  document TEXT NOT NULL)"_s,
             u"CREATE INDEX task_events_task ON task_events(task_id)"_s,
             u"CREATE TABLE schedules ("
             "  id TEXT PRIMARY KEY,"
             "  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
             "  task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
             "  document TEXT NOT NULL)"_s,
             u"CREATE INDEX schedules_task ON schedules(task_id)"_s,
             // seq is the creation order; task_id is not a foreign key so that a job keeps its
             // history semantics independent of the task row (the task delete removes its jobs
             // explicitly, in the same transaction).
             u"CREATE TABLE jobs ("
             "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
             "  id TEXT NOT NULL UNIQUE,"
             "  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
             "  task_id TEXT NOT NULL,"
             "  host_id TEXT NOT NULL,"
             "  lifecycle TEXT NOT NULL,"
             "  document TEXT NOT NULL)"_s,
             u"CREATE INDEX jobs_task ON jobs(task_id, seq)"_s,
             u"CREATE INDEX jobs_organization ON jobs(organization_id, seq)"_s,
             u"CREATE INDEX jobs_lifecycle ON jobs(lifecycle, host_id)"_s,
             // Output arrives in batches while a job runs; chunks keep their order and stream.
             u"CREATE TABLE job_output ("
             "  job_seq INTEGER NOT NULL REFERENCES jobs(seq) ON DELETE CASCADE,"
             "  chunk INTEGER NOT NULL,"
             "  stream INTEGER NOT NULL,"
             "  data BLOB NOT NULL,"
             "  PRIMARY KEY (job_seq, chunk)) WITHOUT ROWID"_s,
         }},
        // History pruning on every job created looks for a task's finished jobs only: by
        // jobs_task it walked every queued job of the task too (2,000 queued: 40% of the core
        // thread, bench/engine).
        {2, {u"CREATE INDEX jobs_task_lifecycle ON jobs(task_id, lifecycle, seq)"_s}},
    };
    return steps;
}

int latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace TheEye::Supervisor::Schema
