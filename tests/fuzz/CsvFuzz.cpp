// libFuzzer: any bytes through encoding detection and the CSV reader, with detected and forced settings.
#include "io/CsvReader.h"
#include "io/TextDecoding.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first byte picks the options, so the fuzzer explores forced encodings and separators too.
    CsvOptions options;
    if (size > 0) {
        const uint8_t pick = data[0];
        options.encoding = TextEncoding(pick % 6);
        options.separator = (pick & 0x40) ? QChar(u';') : QChar();
        options.maxFieldLength = (pick & 0x80) ? 64 : options.maxFieldLength;
    }
    for (const CsvOptions& o : {CsvOptions{}, options}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, o);
        CsvRecord record;
        qint64 rows = 0;
        for (;;) {
            const Result<bool> more = reader.next(record);
            if (!more || !more.value())
                break;
            if (record.row != ++rows)
                __builtin_trap(); // rows are numbered without gaps
        }
    }
    // Chunked decoding must equal whole decoding for every encoding.
    for (int e = 1; e <= 5; ++e) {
        const QString whole = TextDecoding::decodeAll(bytes, TextEncoding(e));
        const auto encoding = TextEncoding(e);
        TextDecoding decoder(encoding);
        const qsizetype bom = EncodingDetector::choose(bytes, TextEncoding(e)).bomLength;
        QString chunked;
        for (qsizetype i = bom; i < bytes.size(); i += 3)
            chunked += decoder.decode(QByteArrayView(bytes).sliced(i, qMin<qsizetype>(3, bytes.size() - i)));
        chunked += decoder.finish();
        // GB18030 goes through QTextCodec, which may resynchronise differently after invalid bytes.
        if (e != int(TextEncoding::Gb18030) && chunked != whole)
            __builtin_trap();
    }
    return 0;
}
