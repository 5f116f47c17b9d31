#pragma once

// Plumbing of bench_suite: running the bench executables, collecting their JSON, the machine's load, the
// targets of issue 9 and the readable table.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rapport::bench {

double median(QList<double> values);
bool writeFile(const QString& path, const QByteArray& bytes);

class Suite
{
public:
    enum Output { LastJsonLine, WholeOutput };

    explicit Suite(QString binDir) : m_binDir(std::move(binDir)) {}

    // Notes the machine (cores, load, Qt) before the first step.
    void start(int customers);
    // Steps named here are left out (and listed as skipped in the JSON).
    void skip(const QStringList& steps) { m_skip = steps; }
    // Runs one step, noting its time and the load average around it.
    void step(const QString& name, const std::function<void()>& work);
    void finish(double seconds);

    // Runs bench executable `name` and returns its JSON (empty, and a failure noted, if it failed).
    QString binPath(const QString& name) const;
    QJsonObject runJson(const QString& name, const QStringList& args, Output output = LastJsonLine);
    // Runs any program; its standard error goes to ours (progress), its standard output is returned.
    bool run(const QString& program, const QStringList& args, QByteArray* out, const QString& label);
    void fail(const QString& step, const QString& message);
    const QStringList& failures() const { return m_failures; }

    // The one JSON object: machine, database, a group per area, targets, steps, failures.
    QJsonObject result() const;

    QJsonObject machine;
    QJsonObject groups;

private:
    QString m_binDir;
    int m_customers = 0;
    QJsonObject m_steps;
    QStringList m_failures;
    QStringList m_skip;
    double m_seconds = 0;
    double m_maxLoad = 0;
};

// Every report's computation and the PDF pack (bench_reports), and backup and check (rapport-cli).
void reports(Suite& suite, const QString& db, int rounds);
void safety(Suite& suite, const QString& cli, const QString& db, const QString& backupPath);

// The figures as a readable table, targets first.
QString tableOf(const QJsonObject& result);

} // namespace rapport::bench
