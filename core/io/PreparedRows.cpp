#include "PreparedRows.h"

namespace rapport {

PreparedRows::PreparedRows(CustomerSource& source, const QString& defaultCountryCode)
    : m_source(source), m_countryCode(defaultCountryCode), m_thread([this] { read(); })
{
}

PreparedRows::~PreparedRows()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    finishReader();
}

void PreparedRows::finishReader()
{
    if (m_thread.joinable())
        m_thread.join();
}

void PreparedRows::read()
{
    const DateOrder dateOrder = m_source.dateOrder();
    for (;;) {
        std::vector<Row> block;
        block.reserve(kBlockRows);
        std::optional<Error> error;
        bool end = false;
        while (int(block.size()) < kBlockRows) {
            Row r;
            const Result<bool> more = m_source.next(r.row);
            if (!more) {
                error = more.error();
                break;
            }
            if (!more.value()) {
                end = true;
                break;
            }
            r.done = m_source.done();
            auto draft = CustomerDraft::fromRow(r.row, dateOrder);
            if (draft) {
                r.keys = draft.value().matchKeys(m_countryCode);
                r.draft = draft.take();
            } else {
                r.problem = draft.error().message;
            }
            block.push_back(std::move(r));
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || int(m_blocks.size()) < kMaxBlocks; });
        if (m_stop)
            return;
        if (!block.empty())
            m_blocks.push_back(std::move(block));
        if (error || end) {
            m_error = error;
            m_finished = true;
            lock.unlock();
            m_changed.notify_all();
            return;
        }
        lock.unlock();
        m_changed.notify_all();
    }
}

Result<bool> PreparedRows::next(Row& out)
{
    if (m_next >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_blocks.empty() || m_finished; });
        if (m_blocks.empty()) {
            const std::optional<Error> error = m_error;
            lock.unlock();
            finishReader();
            if (error)
                return *error;
            return false;
        }
        m_current = std::move(m_blocks.front());
        m_blocks.pop_front();
        m_next = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    out = std::move(m_current[m_next++]);
    return true;
}

} // namespace rapport
