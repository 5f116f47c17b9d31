#pragma once

#include "campaigns/TagRepository.h"

#include <QDialog>

class QTableWidget;

namespace rapport {

class Session;

// Tags with how many customers carry each: rename, merge, colour, delete.
class TagsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TagsDialog(Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The actions, callable from tests without the input dialogs.
    bool renameTag(qint64 id, const QString& name);
    bool mergeTags(qint64 from, qint64 into);
    bool colorTag(qint64 id, const QString& color);
    bool deleteTag(qint64 id);

public slots:
    void reload();

private:
    const TagInfo* current() const;
    void askRename();
    void askMerge();
    void askColor();
    void askDelete();
    bool report(const Status& status);

    Session& m_session;
    QList<TagInfo> m_tags;
    QTableWidget* m_table;
};

} // namespace rapport
