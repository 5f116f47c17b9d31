#pragma once

#include <QStringList>
#include <QStringView>

namespace rapport {

class ColumnMapping;
struct CustomerRow;

// What a phone's label in an export says it is: Google Contacts writes "Mobile", "Work", "Home",
// "Work Fax", "* Main" (the star marks the primary one), in Chinese "手机", "工作", "住宅".
enum class PhoneLabel
{
    None,     // no label: the column's own mapping decides
    Mobile,   // Mobile, Cell, iPhone, 手机, 移动电话
    Landline, // Work, Home, Main, Other, 工作, 住宅, and labels the owner made up
    Fax,      // faxes and pagers: kept, but only where no better number is
};

class ContactLabels
{
public:
    static PhoneLabel phoneLabel(QStringView label);
    // "* Work": the star Google puts before the primary value's label.
    static bool isPrimary(QStringView label);
    // Sorts a row's labelled phone and email columns: a number labelled mobile goes to Mobile and the
    // others to Phone, whatever columns they came from; primary values come first.
    static void apply(const QStringList& record, const ColumnMapping& mapping, CustomerRow& row);
};

} // namespace rapport
