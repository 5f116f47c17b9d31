#include "ImportTypes.h"

namespace rapport {

QString duplicatePolicyKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return QStringLiteral("skip");
    case DuplicatePolicy::Update: return QStringLiteral("update");
    case DuplicatePolicy::Create: return QStringLiteral("create");
    }
    return QString();
}

std::optional<DuplicatePolicy> duplicatePolicyForKey(QStringView key)
{
    for (DuplicatePolicy p : {DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create}) {
        if (duplicatePolicyKey(p) == key)
            return p;
    }
    return std::nullopt;
}

} // namespace rapport
