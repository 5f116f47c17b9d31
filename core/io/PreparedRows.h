#pragma once

#include "Result.h"
#include "io/CustomerDraft.h"
#include "io/CustomerSource.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace rapport {

// The rows of a customer import, read, mapped, checked and given their match keys on a second thread while
// the importer writes the rows before them (the writes stay on the connection's thread). Reading and checking
// are about a tenth of an import's time. At most a few blocks of rows wait, so memory stays flat.
class PreparedRows
{
public:
    struct Row
    {
        CustomerRow row;
        std::optional<CustomerDraft> draft; // none: the row is not a customer; `problem` says why
        QString problem;
        QStringList keys; // the draft's match keys
        qint64 done = 0;  // the source's progress once this row was read
    };

    // `source` must not be used by anyone else until this is destroyed or next() has returned false.
    PreparedRows(CustomerSource& source, const QString& defaultCountryCode);
    ~PreparedRows(); // stops the reader and waits for it
    PreparedRows(const PreparedRows&) = delete;
    PreparedRows& operator=(const PreparedRows&) = delete;

    // true: `out` holds the next row; false: the end (the reader has finished); an error from the source.
    Result<bool> next(Row& out);

private:
    static constexpr int kBlockRows = 256;
    static constexpr int kMaxBlocks = 8;

    void read();
    void finishReader();

    CustomerSource& m_source;
    const QString m_countryCode;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Row>> m_blocks;
    std::optional<Error> m_error;
    bool m_finished = false; // the reader has put its last block
    bool m_stop = false;     // the importer has given up
    std::vector<Row> m_current;
    size_t m_next = 0;
    std::thread m_thread;
};

} // namespace rapport
