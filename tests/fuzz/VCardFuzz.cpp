// libFuzzer: any bytes through the vCard reader and its helpers.
#include "io/VCardLine.h"
#include "io/VCardReader.h"

#include <cstddef>
#include <cstdint>

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const VCardParseResult result = VCardReader::parse(bytes);
    for (const VCardContact& contact : result.contacts) {
        if (contact.line < 1)
            __builtin_trap();
        (void)contact.displayName();
    }
    (void)VCardLine::decodeQuotedPrintable(bytes);
    const QString text = QString::fromUtf8(bytes);
    (void)VCardLine::splitEscaped(text, u';');
    (void)VCardReader::parseDate(text);
    return 0;
}
