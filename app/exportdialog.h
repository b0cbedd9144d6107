#pragma once

#include "store/eventfilter.h"
#include "store/logexporter.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QUrl;

namespace opc {

class ExportJob;

// File > Export: the whole log or the panel's current filter, as raw CSV, Excel CSV or JSON Lines,
// into a file the user picks; a typed extension picks the format (ExportFileName). The export runs in
// an ExportJob thread, so the window stays responsive; Cancel stops it after the current chunk and the
// target file is left as it was (QSaveFile). After an export, Open and Show in folder hand the file to
// the desktop.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &databasePath, const EventFilter &currentFilter, QWidget *parent = nullptr);
    // Cancels a running export and waits for its thread to stop.
    ~ExportDialog() override;

    // Opens a file or folder URL on the desktop; QDesktopServices::openUrl unless a test sets another.
    using UrlOpener = std::function<bool(const QUrl &)>;

    // operator-console-events-<yyyy-MM-dd>.csv|.jsonl in the Documents folder.
    static QString suggestedFilePath(LogExporter::Format format, const QDate &date = QDate::currentDate());

    // Starts exporting without asking anything (the Export button asks before overwriting).
    // Ignored while an export runs.
    void startExport(const QString &filePath, LogExporter::Format format, bool currentFilterOnly);
    void cancelExport();
    bool isRunning() const;
    // Rows per chunk: how often progress is reported and cancel is checked. For tests.
    void setChunkSize(int rows) { m_chunkSize = rows; }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    QString filePath() const;
    LogExporter::Format format() const;
    bool currentFilterOnly() const;
    // The last result as shown to the user; empty before the first export.
    QString statusText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    // Shown after a successful export.
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *showInFolderButton() const { return m_showInFolderButton; }

signals:
    // Relayed from the export thread after each chunk.
    void progress(qint64 done, qint64 total);
    // Not QDialog::finished(int): the dialog stays open to show the result.
    // ok: the file is complete; cancelled: stopped by the user, the file was not touched.
    void exportFinished(bool ok, bool cancelled, const QString &error, qint64 rows);

public slots:
    // Escape or the window's close button: cancels a running export instead of closing.
    void reject() override;

private:
    void chooseFile();
    void onExportClicked();
    void onFormatChanged();
    void onFileNameEdited();
    void openExported(bool folder);
    QRadioButton *radioFor(LogExporter::Format format) const;
    void onProgress(qint64 done, qint64 total);
    void onFinished(bool ok, bool cancelled, const QString &error, qint64 rows);
    void setRunning(bool running);
    void showStatus(const QString &text, bool error);

    QString m_databasePath;
    EventFilter m_filter;
    int m_chunkSize = 0; // 0: the exporter's default
    QRadioButton *m_wholeLog;
    QRadioButton *m_filtered;
    QRadioButton *m_csv;
    QRadioButton *m_excel;
    QRadioButton *m_jsonLines;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    QPushButton *m_openButton;
    QPushButton *m_showInFolderButton;
    UrlOpener m_openUrl;
    QString m_runningFile;
    QString m_exportedFile; // the last file written completely
    bool m_showsFileNameProblem = false; // the status line explains the typed extension
    QString m_confirmedPath; // chosen in the file dialog, which already asked about overwriting
    std::unique_ptr<ExportJob> m_job;
};

} // namespace opc
