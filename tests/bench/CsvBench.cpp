// CSV reader throughput: generates files of customer rows, parses them with CsvReader and prints one
// JSON object per measurement. Usage: csv_bench [rows=100000] [repeats=5]
//   {"bench":"csv_parse","encoding":"UTF-8","rows":100000,"bytes":...,"best_s":...,"mb_per_s":...,"rows_per_s":...}
// A final run over 1,000,000 rows reports the peak resident memory (Linux) to show it stays flat.
#include "ProcessStats.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextCodec>

#include <algorithm>
#include <cstdio>

using namespace rapport;

namespace {

QByteArray makeCsv(int rows)
{
    QByteArray csv = "姓名,公司,电话,邮箱,地址,生日,备注\r\n";
    csv.reserve(qsizetype(rows) * 140);
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "客户" + n + ",星辰科技有限公司 " + n + ",+86 138 " + n.rightJustified(8, '0') + ",c" + n +
               "@example.com,\"北京市朝阳区建国路" + n + "号, 100022\",1985-04-12,\"VIP; said \"\"call back\"\"\"\r\n";
    }
    return csv;
}


// Parses the file once; returns seconds, or -1 on error.
double parseOnce(const QString& path, qint64* records)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QElapsedTimer timer;
    timer.start();
    CsvReader reader(&file);
    CsvRecord record;
    qint64 count = 0;
    qsizetype chars = 0;
    for (;;) {
        const Result<bool> more = reader.next(record);
        if (!more) {
            std::fprintf(stderr, "error: %s\n", qPrintable(more.error().message));
            return -1;
        }
        if (!more.value())
            break;
        ++count;
        chars += record.fields.value(0).size(); // touch the data so nothing is optimised away
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    *records = count + (chars < 0 ? 1 : 0);
    return seconds;
}

void bench(const QString& path, const char* encoding, int rows, int repeats)
{
    const qint64 bytes = QFileInfo(path).size();
    QList<double> times;
    qint64 records = 0;
    for (int r = 0; r < repeats; ++r) {
        const double s = parseOnce(path, &records);
        if (s < 0)
            return;
        times.append(s);
    }
    std::sort(times.begin(), times.end());
    const double best = times.front();
    const double median = times[times.size() / 2];
    std::printf("{\"bench\":\"csv_parse\",\"encoding\":\"%s\",\"rows\":%d,\"records\":%lld,\"bytes\":%lld,"
                "\"best_s\":%.4f,\"median_s\":%.4f,\"mb_per_s\":%.1f,\"rows_per_s\":%.0f}\n",
                encoding, rows, static_cast<long long>(records), static_cast<long long>(bytes), best, median,
                double(bytes) / 1e6 / best, double(rows) / best);
    std::fflush(stdout);
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int repeats = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    if (!dir.isValid() || rows <= 0 || repeats <= 0)
        return 1;

    const QByteArray utf8 = makeCsv(rows);
    const QString utf8Path = dir.filePath(QStringLiteral("utf8.csv"));
    const QString gbkPath = dir.filePath(QStringLiteral("gbk.csv"));
    const QString asciiPath = dir.filePath(QStringLiteral("ascii.csv"));
    QByteArray ascii = utf8;
    for (char& c : ascii) {
        if (uchar(c) >= 0x80)
            c = 'x'; // same shape, plain ASCII: the fastest path
    }
    if (!writeFile(utf8Path, utf8) || !writeFile(asciiPath, ascii) ||
        !writeFile(gbkPath, QTextCodec::codecForName("GB18030")->fromUnicode(QString::fromUtf8(utf8))))
        return 1;
    bench(asciiPath, "ASCII", rows, repeats);
    bench(utf8Path, "UTF-8", rows, repeats);
    bench(gbkPath, "GB18030", rows, repeats);

    // Flat memory: ten times the rows. Peak resident memory after writing the file and after parsing it.
    const QString bigPath = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile big(bigPath);
        const QByteArray header = makeCsv(0);
        const QByteArray rowsOnly = makeCsv(100000).sliced(header.size());
        if (!big.open(QIODevice::WriteOnly) || big.write(header) != header.size())
            return 1;
        for (int i = 0; i < 10; ++i)
            big.write(rowsOnly);
    }
    const qint64 before = static_cast<qint64>(rapport::proc::procStatusKb("VmHWM:", -1));
    qint64 records = 0;
    const double seconds = parseOnce(bigPath, &records);
    std::printf("{\"bench\":\"csv_parse_1m\",\"records\":%lld,\"bytes\":%lld,\"seconds\":%.3f,"
                "\"peak_rss_kib_before\":%lld,\"peak_rss_kib_after\":%lld}\n",
                static_cast<long long>(records), static_cast<long long>(QFileInfo(bigPath).size()), seconds,
                static_cast<long long>(before), static_cast<long long>(rapport::proc::procStatusKb("VmHWM:", -1)));
    return 0;
}
