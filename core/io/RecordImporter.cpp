#include "RecordImporter.h"

#include "Clock.h"
#include "db/BulkInserter.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SqlTransaction.h"
#include "io/ColumnMapping.h"
#include "io/CsvWriter.h"
#include "io/ImportKeys.h"
#include "io/RecordColumns.h"
#include "io/Normalize.h"
#include "safety/AuditLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace rapport {
namespace {

using Words = std::initializer_list<const char16_t*>;

const QHash<QString, QString>& headerTable(RecordKind kind)
{
    static const auto build = [](std::initializer_list<std::pair<const char*, Words>> rules) {
        QHash<QString, QString> t;
        for (const auto& [field, words] : rules) {
            for (const char16_t* w : words)
                t.insert(QString::fromUtf16(w), QString::fromLatin1(field));
        }
        return t;
    };
    static const QHash<QString, QString> deals = build({
        {"title", {u"title", u"deal", u"dealname", u"dealtitle", u"opportunity", u"opportunityname", u"name",
                   u"subject", u"标题", u"交易", u"交易名称", u"商机", u"商机名称", u"名称", u"项目", u"项目名称"}},
        {"customer", {u"customer", u"customername", u"client", u"company", u"organization", u"organisation",
                      u"account", u"accountname", u"contact", u"客户", u"客户名称", u"公司", u"联系人", u"客户姓名"}},
        {"customer_email", {u"email", u"customeremail", u"contactemail", u"邮箱", u"客户邮箱", u"电子邮件"}},
        {"amount", {u"amount", u"value", u"dealvalue", u"price", u"total", u"revenue", u"金额", u"价值", u"交易金额",
                    u"合同金额", u"总额"}},
        {"currency", {u"currency", u"币种", u"货币"}},
        {"stage", {u"stage", u"pipelinestage", u"dealstage", u"阶段", u"销售阶段"}},
        {"status", {u"status", u"state", u"状态"}},
        {"expected_close", {u"expectedclose", u"expectedclosedate", u"closedate", u"expectedclosingdate",
                            u"预计成交日期", u"预计成交", u"预计关闭日期"}},
        {"created", {u"created", u"createdat", u"createddate", u"date", u"dateadded", u"创建日期", u"创建时间", u"日期"}},
        {"closed", {u"closed", u"closedat", u"closeddate", u"wondate", u"lostdate", u"成交日期", u"关闭日期"}},
        {"lost_reason", {u"lostreason", u"reason", u"丢单原因", u"输单原因"}},
        {"notes", {u"notes", u"note", u"description", u"comments", u"备注", u"说明", u"描述"}},
    });
    static const QHash<QString, QString> activities = build({
        {"customer", {u"customer", u"customername", u"client", u"contact", u"name", u"company", u"客户", u"客户名称",
                      u"联系人", u"公司", u"姓名"}},
        {"customer_email", {u"email", u"customeremail", u"contactemail", u"邮箱", u"客户邮箱", u"电子邮件"}},
        {"kind", {u"kind", u"type", u"activitytype", u"activity", u"类型", u"方式", u"活动类型"}},
        {"occurred_at", {u"date", u"time", u"datetime", u"when", u"occurredat", u"occurred", u"activitydate",
                         u"日期", u"时间", u"发生时间"}},
        {"summary", {u"summary", u"subject", u"title", u"摘要", u"主题", u"标题"}},
        {"body", {u"body", u"note", u"notes", u"details", u"description", u"content", u"内容", u"备注", u"详情",
                  u"记录"}},
        {"duration", {u"duration", u"minutes", u"durationminutes", u"length", u"时长", u"分钟"}},
        {"direction", {u"direction", u"方向"}},
    });
    return kind == RecordKind::Deal ? deals : activities;
}

std::optional<QString> activityKind(const QString& text)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("call"), QStringLiteral("call")},       {QStringLiteral("phone"), QStringLiteral("call")},
        {QStringLiteral("phonecall"), QStringLiteral("call")},  {QStringLiteral("电话"), QStringLiteral("call")},
        {QStringLiteral("通话"), QStringLiteral("call")},        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("mail"), QStringLiteral("email")},      {QStringLiteral("邮件"), QStringLiteral("email")},
        {QStringLiteral("meeting"), QStringLiteral("meeting")}, {QStringLiteral("visit"), QStringLiteral("meeting")},
        {QStringLiteral("会议"), QStringLiteral("meeting")},     {QStringLiteral("拜访"), QStringLiteral("meeting")},
        {QStringLiteral("见面"), QStringLiteral("meeting")},     {QStringLiteral("note"), QStringLiteral("note")},
        {QStringLiteral("备注"), QStringLiteral("note")},        {QStringLiteral("笔记"), QStringLiteral("note")},
        {QStringLiteral("message"), QStringLiteral("message")}, {QStringLiteral("sms"), QStringLiteral("message")},
        {QStringLiteral("text"), QStringLiteral("message")},    {QStringLiteral("chat"), QStringLiteral("message")},
        {QStringLiteral("wechat"), QStringLiteral("message")},  {QStringLiteral("消息"), QStringLiteral("message")},
        {QStringLiteral("短信"), QStringLiteral("message")},     {QStringLiteral("微信"), QStringLiteral("message")},
    };
    const QString key = ColumnMapping::normalizeHeader(text);
    if (key.isEmpty())
        return QStringLiteral("note");
    const auto it = words.constFind(key);
    return it == words.cend() ? std::nullopt : std::optional<QString>(it.value());
}

std::optional<int> parseMinutes(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    static const QRegularExpression clock(QStringLiteral(R"(^(\d{1,3}):(\d{2})(?::\d{2})?$)"));
    if (const auto m = clock.match(t); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    static const QRegularExpression minutes(QStringLiteral(R"(^(\d{1,5})\s*(?:m|min|mins|minutes|分钟|分)?$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = minutes.match(t); m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

class RecordImportRun
{
public:
    RecordImportRun(Database& db, RecordKind kind, const ImportOptions& options)
        : m_db(db), m_kind(kind), m_options(options), m_audit(db),
          m_spec(tableSpec(kind == RecordKind::Deal ? Entity::Deal : Entity::Activity)),
          m_inserter(db, m_spec, m_audit), m_store(db, m_spec), m_keys(db),
          m_history(db.connection(), QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, "
                                                    "changed_at) VALUES (?, NULL, ?, ?)")),
          m_now(toStoredInstant(Clock::nowUtc()))
    {
    }

    Result<ImportSummary> run(const QString& path, const SourceOptions& source)
    {
        m_summary.dryRun = m_options.dryRun;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("import.unreadable"),
                             QCoreApplication::translate("rapport::RecordImporter", "Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        CsvOptions csv;
        csv.encoding = source.encoding;
        csv.separator = source.separator;
        CsvReader reader(&file, csv);
        CsvRecord header;
        const Result<bool> first = reader.next(header);
        if (!first)
            return first.error();
        if (!first.value())
            return makeError(QStringLiteral("import.empty"), QCoreApplication::translate("rapport::RecordImporter", "%1 is empty.").arg(QFileInfo(path).fileName()));
        m_summary.encodingName = TextDecoding::name(reader.encoding().encoding);
        m_headers = header.fields;
        const QStringList fields = source.recordColumns ? *source.recordColumns : RecordColumns::guess(m_kind, m_headers);
        for (int i = 0; i < fields.size(); ++i) {
            if (!fields.at(i).isEmpty() && !m_columns.contains(fields.at(i)))
                m_columns.insert(fields.at(i), i);
        }
        const QString required = m_kind == RecordKind::Deal ? QStringLiteral("title") : QStringLiteral("occurred_at");
        if (!m_columns.contains(required) || (!m_columns.contains(QStringLiteral("customer")) &&
                                              !m_columns.contains(QStringLiteral("customer_email"))))
            return makeError(QStringLiteral("import.columns"),
                             m_kind == RecordKind::Deal
                                 ? QCoreApplication::translate("rapport::RecordImporter", "A deals file needs a title column and a customer (name or email) column; "
                                      "this one has: %1").arg(m_headers.join(QStringLiteral(", ")))
                                 : QCoreApplication::translate("rapport::RecordImporter", "An activities file needs a date column and a customer (name or email) column; "
                                      "this one has: %1").arg(m_headers.join(QStringLiteral(", "))));
        if (auto ready = prepare(); !ready)
            return ready.error();

        QElapsedTimer clock;
        clock.start();
        CsvRecord record;
        for (;;) {
            const Result<bool> more = reader.next(record);
            if (!more)
                return more.error();
            if (!more.value())
                break;
            ++m_summary.counts.rows;
            if (auto handled = handle(record); !handled)
                return handled.error();
            if ((m_summary.counts.rows & 255) == 0 && m_options.progress) {
                ImportProgress p;
                p.rows = m_summary.counts.rows;
                p.done = reader.bytesRead();
                p.total = file.size();
                const double seconds = double(clock.elapsed()) / 1000.0;
                p.rowsPerSecond = seconds > 0 ? double(p.rows) / seconds : 0;
                if (!m_options.progress(p))
                    return makeError(QStringLiteral("cancelled"), QCoreApplication::translate("rapport::RecordImporter", "The import was cancelled; nothing was changed."));
            }
        }
        for (const CsvIssue& issue : reader.issues())
            m_summary.notices << QCoreApplication::translate("rapport::RecordImporter", "Row %1: %2").arg(issue.row).arg(issue.message);
        m_summary.noticeCount = reader.issueCount();
        if (m_errors && !m_errors->ok())
            return makeError(QStringLiteral("import.errors_file"),
                             QCoreApplication::translate("rapport::RecordImporter", "The rows with problems could not be saved to %1.").arg(m_options.errorsCsvPath));
        return m_summary;
    }

private:
    QString cell(const CsvRecord& r, const char* field) const
    {
        const int column = m_columns.value(QString::fromLatin1(field), -1);
        return column >= 0 ? CsvWriter::restored(r.fields.value(column).trimmed()) : QString();
    }

    Status prepare()
    {
        if (!m_options.errorsCsvPath.isEmpty()) {
            m_errorsFile.setFileName(m_options.errorsCsvPath);
            if (!m_errorsFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return makeError(QStringLiteral("import.errors_file"),
                                 QCoreApplication::translate("rapport::RecordImporter", "Cannot write %1: %2").arg(m_options.errorsCsvPath, m_errorsFile.errorString()));
            m_errors.emplace(&m_errorsFile);
            m_errors->writeRow(QStringList(m_headers) << QCoreApplication::translate("rapport::RecordImporter", "Row") << QCoreApplication::translate("rapport::RecordImporter", "Problem"));
        }
        m_currency = m_db.setting(QStringLiteral("currency"), QStringLiteral("USD"));
        if (auto made = m_keys.create(); !made)
            return made;
        Query customers(m_db.connection(), QStringLiteral("SELECT id, name, email, email2 FROM customers"));
        if (!customers.exec())
            return customers.asError();
        while (customers.next()) {
            const qint64 id = customers.value(0).toLongLong();
            QStringList keys{QStringLiteral("n:") + Normalize::nameKey(customers.value(1).toString())};
            for (int i = 2; i <= 3; ++i) {
                const QString email = Normalize::email(customers.value(i).toString());
                if (!email.isEmpty())
                    keys << QStringLiteral("e:") + email;
            }
            for (const QString& key : keys) {
                if (auto added = m_keys.addUnique(key, id); !added)
                    return added;
            }
        }
        if (m_kind == RecordKind::Deal) {
            Query stages(m_db.connection(), QStringLiteral("SELECT id, name, kind FROM pipeline_stages ORDER BY position"));
            if (!stages.exec())
                return stages.asError();
            while (stages.next()) {
                const qint64 id = stages.value(0).toLongLong();
                const QString kind = stages.value(2).toString();
                m_stageNames << stages.value(1).toString();
                m_stages.insert(ColumnMapping::normalizeHeader(stages.value(1).toString()), {id, kind});
                if (kind != QStringLiteral("open") && !m_stages.contains(kind))
                    m_stages.insert(kind, {id, kind});
                if (kind == QStringLiteral("open") && m_firstOpen.first == 0)
                    m_firstOpen = {id, kind};
            }
            for (const auto& [word, kind] : {std::pair{u"赢单", "won"}, {u"成交", "won"}, {u"已成交", "won"},
                                             {u"closedwon", "won"}, {u"输单", "lost"}, {u"丢单", "lost"},
                                             {u"closedlost", "lost"}, {u"失败", "lost"}}) {
                const auto target = m_stages.value(QString::fromLatin1(kind));
                if (target.first != 0)
                    m_stages.insert(QString::fromUtf16(word), target);
            }
            Query deals(m_db.connection(), QStringLiteral("SELECT id, customer_id, title FROM deals"));
            if (!deals.exec())
                return deals.asError();
            while (deals.next()) {
                if (auto added = m_keys.add(dealKey(deals.value(1).toLongLong(), deals.value(2).toString()),
                                            deals.value(0).toLongLong());
                    !added)
                    return added;
            }
        } else {
            Query activities(m_db.connection(),
                             QStringLiteral("SELECT id, customer_id, kind, occurred_at, summary, body FROM activities"));
            if (!activities.exec())
                return activities.asError();
            while (activities.next()) {
                const QString key = activityKey(activities.value(1).toLongLong(), activities.value(2).toString(),
                                                activities.value(3).toString(), activities.value(4).toString(),
                                                activities.value(5).toString());
                if (auto added = m_keys.add(key, activities.value(0).toLongLong()); !added)
                    return added;
            }
        }
        return Ok{};
    }

    static QString dealKey(qint64 customerId, const QString& title)
    {
        return QStringLiteral("d:%1|").arg(customerId) + Normalize::nameKey(title);
    }

    static QString activityKey(qint64 customerId, const QString& kind, const QString& at, const QString& summary,
                               const QString& body)
    {
        return QStringLiteral("a:%1|%2|%3|").arg(customerId).arg(kind, at) + Normalize::nameKey(summary) + u'|' +
               Normalize::nameKey(body.left(200));
    }

    Result<qint64> customerFor(const CsvRecord& r, QString* problem)
    {
        const QString email = Normalize::email(cell(r, "customer_email"));
        const QString name = cell(r, "customer");
        const bool byEmail = !email.isEmpty() || name.contains(u'@');
        const QString key = byEmail ? QStringLiteral("e:") + (email.isEmpty() ? Normalize::email(name) : email)
                                    : QStringLiteral("n:") + Normalize::nameKey(name);
        if (!byEmail && name.isEmpty()) {
            *problem = QCoreApplication::translate("rapport::RecordImporter", "No customer: fill in the customer's name or email.");
            return qint64(0);
        }
        auto id = m_keys.find(key);
        if (!id)
            return id;
        const QString who = byEmail ? key.mid(2) : name;
        if (id.value() < 0)
            *problem = QCoreApplication::translate("rapport::RecordImporter", "Several customers are called \"%1\"; give the customer's email instead.").arg(who);
        else if (id.value() == 0)
            *problem = QCoreApplication::translate("rapport::RecordImporter", "There is no customer \"%1\" in Rapport; import or add the customer first.").arg(who);
        return id.value() > 0 ? id.value() : qint64(0);
    }

    Status handle(const CsvRecord& r)
    {
        QString problem;
        auto customerId = customerFor(r, &problem);
        if (!customerId)
            return customerId.error();
        if (problem.isEmpty()) {
            auto values = m_kind == RecordKind::Deal ? dealValues(r, customerId.value(), &problem)
                                                     : activityValues(r, customerId.value(), &problem);
            if (problem.isEmpty())
                return write(std::move(values));
        }
        ++m_summary.counts.invalid;
        if (m_summary.invalidRows.size() < ImportSummary::kMaxListed)
            m_summary.invalidRows.append({r.row, problem, r.fields});
        if (m_errors)
            m_errors->writeRow(QStringList(r.fields) << QString::number(r.row) << problem);
        return Ok{};
    }

    QVariantMap dealValues(const CsvRecord& r, qint64 customerId, QString* problem)
    {
        QVariantMap v;
        const QString title = cell(r, "title");
        if (title.isEmpty()) {
            *problem = QCoreApplication::translate("rapport::RecordImporter", "No title.");
            return v;
        }
        QString currency = cell(r, "currency").toUpper();
        qint64 amount = 0;
        if (const QString text = cell(r, "amount"); !text.isEmpty()) {
            QString symbolCurrency;
            const auto parsed = RecordImporter::parseAmount(text, &symbolCurrency);
            if (!parsed) {
                *problem = QCoreApplication::translate("rapport::RecordImporter", "\"%1\" is not an amount (for example 1200.50).").arg(text);
                return v;
            }
            amount = *parsed;
            if (currency.isEmpty())
                currency = symbolCurrency;
        }
        if (currency.isEmpty())
            currency = m_currency;
        if (currency.size() != 3) {
            *problem = QCoreApplication::translate("rapport::RecordImporter", "\"%1\" is not a currency code (for example CNY or USD).").arg(currency);
            return v;
        }
        std::pair<qint64, QString> stage = m_firstOpen;
        const QString stageText = cell(r, "stage");
        const QString statusText = cell(r, "status");
        for (const QString& text : {statusText, stageText}) {
            if (text.isEmpty())
                continue;
            const auto found = m_stages.value(ColumnMapping::normalizeHeader(text));
            if (found.first != 0) {
                stage = found;
            } else if (&text == &stageText || !QStringList{QStringLiteral("open"), QStringLiteral("进行中")}.contains(
                                                    text.toLower())) {
                *problem = QCoreApplication::translate("rapport::RecordImporter", "\"%1\" is not a stage of the pipeline (%2).")
                               .arg(text, m_stageNames.join(QStringLiteral(", ")));
                return v;
            }
        }
        QVariant expected;
        if (const QString text = cell(r, "expected_close"); !text.isEmpty()) {
            const auto date = DateParser::parse(text, m_options.dateOrderHint);
            if (!date) {
                *problem = QCoreApplication::translate("rapport::RecordImporter", "\"%1\" is not a date Rapport can read (for example 2026-03-31).").arg(text);
                return v;
            }
            expected = toStoredDate(*date);
        }
        QDateTime created = Clock::nowUtc();
        QDateTime closed;
        for (const bool isCreated : {true, false}) {
            const QString text = cell(r, isCreated ? "created" : "closed");
            if (text.isEmpty())
                continue;
            const QDateTime at = RecordImporter::parseInstant(text, m_options.dateOrderHint);
            if (!at.isValid()) {
                *problem = QCoreApplication::translate("rapport::RecordImporter", "\"%1\" is not a date Rapport can read (for example 2026-03-31).").arg(text);
                return v;
            }
            (isCreated ? created : closed) = at;
        }
        const bool open = stage.second == QStringLiteral("open");
        if (!open && !closed.isValid())
            closed = created;
        v.insert(QStringLiteral("customer_id"), customerId);
        v.insert(QStringLiteral("title"), title);
        v.insert(QStringLiteral("amount_minor"), amount);
        v.insert(QStringLiteral("currency"), currency);
        v.insert(QStringLiteral("stage_id"), stage.first);
        v.insert(QStringLiteral("status"), stage.second);
        v.insert(QStringLiteral("expected_close"), expected);
        v.insert(QStringLiteral("lost_reason"), cell(r, "lost_reason"));
        v.insert(QStringLiteral("notes"), cell(r, "notes"));
        v.insert(QStringLiteral("created_at"), toStoredInstant(created));
        v.insert(QStringLiteral("stage_changed_at"), toStoredInstant(open ? created : closed));
        v.insert(QStringLiteral("closed_at"), open ? QVariant() : QVariant(toStoredInstant(closed)));
        return v;
    }

    QVariantMap activityValues(const CsvRecord& r, qint64 customerId, QString* problem)
    {
        QVariantMap v;
        const QString kindText = cell(r, "kind");
        const auto kind = activityKind(kindText);
        if (!kind) {
            *problem = QCoreApplication::translate("rapport::RecordImporter", "\"%1\" is not a kind of activity (call, email, meeting, note or message).").arg(kindText);
            return v;
        }
        const QString when = cell(r, "occurred_at");
        const QDateTime at = RecordImporter::parseInstant(when, m_options.dateOrderHint);
        if (when.isEmpty() || !at.isValid()) {
            *problem = when.isEmpty() ? QCoreApplication::translate("rapport::RecordImporter", "No date.")
                                      : QCoreApplication::translate("rapport::RecordImporter", "\"%1\" is not a date Rapport can read (for example 2026-03-31 14:30).").arg(when);
            return v;
        }
        const QString durationText = cell(r, "duration");
        const auto minutes = parseMinutes(durationText);
        if (!minutes) {
            *problem = QCoreApplication::translate("rapport::RecordImporter", "\"%1\" is not a duration in minutes (for example 30 or 1:30).").arg(durationText);
            return v;
        }
        const QString directionText = ColumnMapping::normalizeHeader(cell(r, "direction"));
        QString direction = QStringLiteral("outbound");
        if (QStringList{QStringLiteral("inbound"), QStringLiteral("in"), QStringLiteral("incoming"),
                        QStringLiteral("呼入"), QStringLiteral("来电")}.contains(directionText))
            direction = QStringLiteral("inbound");
        else if (directionText == QStringLiteral("internal") || *kind == QStringLiteral("note"))
            direction = QStringLiteral("internal");
        v.insert(QStringLiteral("customer_id"), customerId);
        v.insert(QStringLiteral("kind"), *kind);
        v.insert(QStringLiteral("direction"), direction);
        v.insert(QStringLiteral("occurred_at"), toStoredInstant(at));
        v.insert(QStringLiteral("summary"), cell(r, "summary"));
        v.insert(QStringLiteral("body"), cell(r, "body"));
        v.insert(QStringLiteral("duration_minutes"), *minutes);
        return v;
    }

    QString keyOf(const QVariantMap& v) const
    {
        if (m_kind == RecordKind::Deal)
            return dealKey(v.value(QStringLiteral("customer_id")).toLongLong(), v.value(QStringLiteral("title")).toString());
        return activityKey(v.value(QStringLiteral("customer_id")).toLongLong(), v.value(QStringLiteral("kind")).toString(),
                           v.value(QStringLiteral("occurred_at")).toString(), v.value(QStringLiteral("summary")).toString(),
                           v.value(QStringLiteral("body")).toString());
    }

    // Update fills in what the row says about an existing deal or activity, except who it belongs to and
    // (for deals) its stage, which has its own history.
    Result<bool> update(qint64 id, const QVariantMap& v)
    {
        static const QStringList kFixed = {QStringLiteral("customer_id"), QStringLiteral("stage_id"),
                                           QStringLiteral("status"), QStringLiteral("created_at"),
                                           QStringLiteral("stage_changed_at"), QStringLiteral("closed_at"),
                                           QStringLiteral("kind"), QStringLiteral("occurred_at")};
        auto before = m_store.image(id);
        if (!before)
            return before.error();
        QVariantMap changes;
        for (auto it = v.cbegin(); it != v.cend(); ++it) {
            if (kFixed.contains(it.key()) || it.value().isNull() || it.value().toString().isEmpty())
                continue;
            if (it.value().toString() != before.value().value(it.key()).toString())
                changes.insert(it.key(), it.value());
        }
        if (changes.isEmpty())
            return false;
        m_audit.forget();
        if (auto updated = m_store.update(id, changes); !updated)
            return updated.error();
        return true;
    }

    Status write(QVariantMap v)
    {
        const QString key = keyOf(v);
        if (m_options.onDuplicate != DuplicatePolicy::Create) {
            auto match = m_keys.find(key);
            if (!match)
                return match.error();
            if (match.value() > 0) {
                if (m_options.onDuplicate == DuplicatePolicy::Update) {
                    auto changed = update(match.value(), v);
                    if (!changed)
                        return changed.error();
                    ++(changed.value() ? m_summary.counts.updated : m_summary.counts.duplicates);
                } else {
                    ++m_summary.counts.duplicates;
                }
                return Ok{};
            }
        }
        if (!v.contains(QStringLiteral("created_at")))
            v.insert(QStringLiteral("created_at"), m_now);
        v.insert(QStringLiteral("updated_at"), m_now);
        QVariantList ordered;
        for (const QString& column : m_inserter.columns())
            ordered << v.value(column);
        auto id = m_inserter.insert(ordered);
        if (!id)
            return id.error();
        if (m_kind == RecordKind::Deal) {
            m_history.bindAll({id.value(), v.value(QStringLiteral("stage_id")), v.value(QStringLiteral("stage_changed_at"))});
            if (!m_history.exec())
                return m_history.asError();
        }
        ++m_summary.counts.created;
        return m_keys.add(key, id.value());
    }

    Database& m_db;
    RecordKind m_kind;
    const ImportOptions& m_options;
    AuditTail m_audit;
    const TableSpec& m_spec;
    BulkInserter m_inserter;
    RecordStore m_store;
    ImportKeys m_keys;
    Query m_history;
    QString m_now;
    QString m_currency;
    QStringList m_headers;
    QHash<QString, int> m_columns;
    QHash<QString, std::pair<qint64, QString>> m_stages;
    std::pair<qint64, QString> m_firstOpen{0, QString()};
    QStringList m_stageNames;
    QFile m_errorsFile;
    std::optional<CsvWriter> m_errors;
    ImportSummary m_summary;
};

} // namespace

QString RecordImporter::fieldForHeader(RecordKind kind, const QString& header)
{
    return headerTable(kind).value(ColumnMapping::normalizeHeader(header));
}

std::optional<qint64> RecordImporter::parseAmount(const QString& input, QString* currency)
{
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    static const QList<std::pair<QString, QString>> symbols = {
        {QStringLiteral("¥"), QStringLiteral("CNY")}, {QStringLiteral("￥"), QStringLiteral("CNY")},
        {QStringLiteral("元"), QStringLiteral("CNY")}, {QStringLiteral("RMB"), QStringLiteral("CNY")},
        {QStringLiteral("US$"), QStringLiteral("USD")}, {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("€"), QStringLiteral("EUR")}, {QStringLiteral("£"), QStringLiteral("GBP")},
    };
    for (const auto& [symbol, code] : symbols) {
        if (text.contains(symbol)) {
            text.remove(symbol);
            if (currency && currency->isEmpty())
                *currency = code;
        }
    }
    static const QRegularExpression code(QStringLiteral("^([A-Za-z]{3})\\s*|\\s*([A-Za-z]{3})$"));
    if (const auto m = code.match(text); m.hasMatch()) {
        if (currency && currency->isEmpty())
            *currency = (m.captured(1) + m.captured(2)).toUpper();
        text.remove(m.capturedStart(), m.capturedLength());
    }
    text.remove(u' ');
    text.remove(u'\'');
    if (text.isEmpty() || text.startsWith(u'-'))
        return std::nullopt;
    // The last of ',' and '.' is the decimal mark when one or two digits follow it; the other groups thousands.
    const qsizetype lastComma = text.lastIndexOf(u',');
    const qsizetype lastDot = text.lastIndexOf(u'.');
    const qsizetype mark = qMax(lastComma, lastDot);
    QString whole = text;
    QString fraction;
    if (mark >= 0 && text.size() - mark - 1 <= 2 && text.size() - mark - 1 >= 1) {
        whole = text.left(mark);
        fraction = text.mid(mark + 1);
    }
    whole.remove(u',');
    whole.remove(u'.');
    static const QRegularExpression digits(QStringLiteral("^\\d{1,13}$"));
    if (!digits.match(whole).hasMatch() || (!fraction.isEmpty() && !digits.match(fraction).hasMatch()))
        return std::nullopt;
    return whole.toLongLong() * 100 + fraction.leftJustified(2, u'0').toInt();
}

QDateTime RecordImporter::parseInstant(const QString& input, DateOrder order)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    if (iso.isValid() && text.contains(u'T'))
        return iso.toUTC();
    // "2026-03-31 14:30", "31/03/2026 2:30 PM", "2026年3月31日 14:30": the date part, then an optional time.
    static const QRegularExpression split(QStringLiteral(R"(^(.*?)[\sT]+(\d{1,2}:\d{2}(?::\d{2})?)\s*([AaPp][Mm])?$)"));
    QString datePart = text;
    QTime time(12, 0);
    if (const auto m = split.match(text); m.hasMatch()) {
        datePart = m.captured(1);
        time = QTime::fromString(m.captured(2), m.captured(2).count(u':') == 2 ? QStringLiteral("H:mm:ss")
                                                                                 : QStringLiteral("H:mm"));
        if (!time.isValid())
            return {};
        const QString half = m.captured(3).toLower();
        if (half == QStringLiteral("pm") && time.hour() < 12)
            time = time.addSecs(12 * 3600);
        else if (half == QStringLiteral("am") && time.hour() == 12)
            time = time.addSecs(-12 * 3600);
    }
    bool hasYear = true;
    const auto date = DateParser::parse(datePart, order, &hasYear);
    if (!date || !hasYear)
        return {};
    return QDateTime(*date, time).toUTC();
}

Result<ImportSummary> RecordImporter::run(Database& db, RecordKind kind, const QString& path,
                                          const SourceOptions& source, const ImportOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    const ImportKeys::OnDisk keysOnDisk(db);
    Result<ImportSummary> summary = makeError(QStringLiteral("sql"), QString());
    {
        SqlTransaction tx(db);
        if (!tx.active())
            return makeError(QStringLiteral("sql"), tx.error());
        summary = RecordImportRun(db, kind, options).run(path, source);
        if (!summary)
            return summary;
        summary.value().seconds = double(timer.nsecsElapsed()) / 1e9;
        if (options.dryRun)
            return summary;
        db.announce(kind == RecordKind::Deal ? Entity::Deal : Entity::Activity, 0, ChangeKind::Bulk);
        db.announce(Entity::Customer, 0, ChangeKind::Bulk);
        if (!tx.commit())
            return makeError(QStringLiteral("sql"), tx.error());
    }
    ImportKeys(db).drop();
    return summary;
}

} // namespace rapport
