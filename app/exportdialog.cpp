#include "exportdialog.h"

#include "exportfilename.h"
#include "store/exportjob.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString csvFilter()
{
    return ExportDialog::tr("CSV (*.csv)");
}

QString excelFilter()
{
    return ExportDialog::tr("Excel CSV (*.csv)");
}

QString jsonLinesFilter()
{
    return ExportDialog::tr("JSON Lines (*.jsonl)");
}

} // namespace

ExportDialog::ExportDialog(const QString &databasePath, const EventFilter &currentFilter, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_filter(currentFilter)
    , m_wholeLog(new QRadioButton(tr("The whole event log"), this))
    , m_filtered(new QRadioButton(tr("Only the events matching the panel's filter"), this))
    , m_csv(new QRadioButton(tr("CSV, raw: UTC times and the fields as delivered, for scripts"), this))
    , m_excel(new QRadioButton(tr("Excel: opens as a table, with local times and this computer's separator"),
                               this))
    , m_jsonLines(new QRadioButton(tr("JSON Lines, one event per line, for scripts"), this))
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("Choose…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_exportButton(new QPushButton(tr("Export"), this))
    , m_cancelButton(new QPushButton(tr("Cancel export"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
    , m_openButton(new QPushButton(tr("Open"), this))
    , m_showInFolderButton(new QPushButton(tr("Show in folder"), this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Export events"));
    setMinimumWidth(480);

    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_wholeLog);
    scopeGroup->addButton(m_filtered);
    auto *formatGroup = new QButtonGroup(this);
    formatGroup->addButton(m_csv);
    formatGroup->addButton(m_excel);
    formatGroup->addButton(m_jsonLines);
    m_filtered->setObjectName(u"exportFiltered"_s);
    m_wholeLog->setObjectName(u"exportWholeLog"_s);
    m_csv->setObjectName(u"exportCsv"_s);
    m_excel->setObjectName(u"exportExcel"_s);
    m_excel->setToolTip(
        tr("UTF-8 with BOM, the list separator of your regional settings, translated headers, "
           "one column per field"));
    m_jsonLines->setObjectName(u"exportJsonLines"_s);
    if (m_filter.isEmpty()) {
        m_filtered->setEnabled(false);
        m_filtered->setToolTip(tr("The panel has no filter set: it shows the whole log."));
        m_wholeLog->setChecked(true);
    } else {
        m_filtered->setChecked(true); // what the operator is looking at
    }
    m_csv->setChecked(true);

    auto *scopeBox = new QGroupBox(tr("Events"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_wholeLog);
    scopeLayout->addWidget(m_filtered);
    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    formatLayout->addWidget(m_csv);
    formatLayout->addWidget(m_excel);
    formatLayout->addWidget(m_jsonLines);

    m_fileEdit->setObjectName(u"exportFile"_s);
    m_fileEdit->setText(QDir::toNativeSeparators(suggestedFilePath(LogExporter::Format::Csv)));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Save to:"), fileRow);

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_cancelButton->hide();
    m_openButton->hide();
    m_showInFolderButton->hide();

    // Buttons that come and go sit beside the status line: QDialogButtonBox shows every button it
    // lays out again (on a style change too), which would bring back a hidden one.
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_openButton);
    resultRow->addWidget(m_showInFolderButton);
    resultRow->addStretch(1);
    resultRow->addWidget(m_cancelButton);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(formatBox);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(resultRow);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::onExportClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(formatGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            onFormatChanged();
    });
    connect(m_fileEdit, &QLineEdit::textEdited, this, &ExportDialog::onFileNameEdited);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openExported(false); });
    connect(m_showInFolderButton, &QPushButton::clicked, this, [this] { openExported(true); });
}

ExportDialog::~ExportDialog() = default; // ~ExportJob cancels and waits

QString ExportDialog::suggestedFilePath(LogExporter::Format format, const QDate &date)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(u"operator-console-events-"_s + date.toString(Qt::ISODate) + u'.' +
                                 ExportFileName::extension(format));
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

LogExporter::Format ExportDialog::format() const
{
    if (m_excel->isChecked())
        return LogExporter::Format::ExcelCsv;
    return m_csv->isChecked() ? LogExporter::Format::Csv : LogExporter::Format::JsonLines;
}

QRadioButton *ExportDialog::radioFor(LogExporter::Format format) const
{
    switch (format) {
    case LogExporter::Format::Csv:
        break;
    case LogExporter::Format::ExcelCsv:
        return m_excel;
    case LogExporter::Format::JsonLines:
        return m_jsonLines;
    }
    return m_csv;
}

bool ExportDialog::currentFilterOnly() const
{
    return m_filtered->isChecked();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

bool ExportDialog::isRunning() const
{
    // Until its result is handled here: the thread may already have ended with the result queued.
    return m_job && !m_runningFile.isEmpty();
}

void ExportDialog::chooseFile()
{
    const QList<std::pair<QString, LogExporter::Format>> filters{
        {csvFilter(), LogExporter::Format::Csv},
        {excelFilter(), LogExporter::Format::ExcelCsv},
        {jsonLinesFilter(), LogExporter::Format::JsonLines}};
    QString selected;
    QStringList names;
    for (const auto &[name, filterFormat] : filters) {
        names.append(name);
        if (filterFormat == format())
            selected = name;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export events"), filePath(), names.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    // The selected filter says which CSV; the chosen name's extension, if it has one, has the last word.
    LogExporter::Format chosen = format();
    for (const auto &[name, filterFormat] : filters) {
        if (name == selected)
            chosen = filterFormat;
    }
    radioFor(ExportFileName::check(path, chosen).format.value_or(chosen))->setChecked(true);
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    onFileNameEdited();
    m_confirmedPath = path;
}

void ExportDialog::onFormatChanged()
{
    // Follow the format with the extension, but only on a name that has one of ours.
    const QString path = filePath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv" && suffix != u"jsonl")
        return;
    const QString changed = path.left(path.size() - suffix.size()) + ExportFileName::extension(format());
    if (changed == path)
        return;
    m_fileEdit->setText(QDir::toNativeSeparators(changed));
    m_confirmedPath.clear();
}

void ExportDialog::onFileNameEdited()
{
    m_confirmedPath.clear();
    m_openButton->hide();
    m_showInFolderButton->hide();
    // The typed extension picks the format; one that matches none is said at once, not at Export.
    const auto check = ExportFileName::check(filePath(), format());
    if (check.format) {
        radioFor(*check.format)->setChecked(true);
        if (m_showsFileNameProblem)
            m_status->hide();
    } else {
        showStatus(check.problem, true);
    }
    m_showsFileNameProblem = !check.format;
}

void ExportDialog::openExported(bool folder)
{
    const QString target = folder ? QFileInfo(m_exportedFile).absolutePath() : m_exportedFile;
    if (m_exportedFile.isEmpty() || m_openUrl(QUrl::fromLocalFile(target)))
        return;
    showStatus(tr("Cannot open %1.").arg(QDir::toNativeSeparators(target)), true);
}

void ExportDialog::onExportClicked()
{
    if (filePath().isEmpty()) {
        showStatus(tr("Choose a file to export to."), true);
        return;
    }
    const auto check = ExportFileName::check(filePath(), format());
    if (!check.format) {
        showStatus(check.problem, true);
        m_showsFileNameProblem = true; // gone once the name is fixed
        return;
    }
    const QString path = ExportFileName::withExtension(filePath(), *check.format);
    const QFileInfo info(path);
    if (info.isDir()) {
        showStatus(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)), true);
        return;
    }
    if (info.exists() && path != m_confirmedPath &&
        QMessageBox::question(this, tr("Replace file?"),
                              tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    startExport(path, *check.format, currentFilterOnly());
}

void ExportDialog::startExport(const QString &filePath, LogExporter::Format format, bool currentFilterOnly)
{
    if (isRunning())
        return;
    radioFor(format)->setChecked(true);
    if (currentFilterOnly && m_filtered->isEnabled())
        m_filtered->setChecked(true);
    else
        m_wholeLog->setChecked(true);
    m_fileEdit->setText(QDir::toNativeSeparators(filePath));

    m_job.reset(); // a finished job's thread has already ended
    m_job = std::make_unique<ExportJob>(m_databasePath, filePath, format,
                                        currentFilterOnly ? m_filter : EventFilter{});
    if (m_chunkSize > 0)
        m_job->setChunkSize(m_chunkSize);
    // Both arrive from the job's thread, queued to this one.
    connect(m_job.get(), &ExportJob::progress, this, &ExportDialog::onProgress);
    connect(m_job.get(), &ExportJob::finished, this, &ExportDialog::onFinished);
    m_runningFile = filePath;
    m_exportedFile.clear();
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    showStatus(tr("Exporting to %1…").arg(QDir::toNativeSeparators(filePath)), false);
    setRunning(true);
    m_job->start();
}

void ExportDialog::cancelExport()
{
    if (!isRunning())
        return;
    m_job->cancel(); // takes effect after the current chunk; onFinished reports it
    m_cancelButton->setEnabled(false);
    showStatus(tr("Cancelling…"), false);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onProgress(qint64 done, qint64 total)
{
    if (m_runningFile.isEmpty() || total <= 0)
        return;
    m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    const QLocale locale;
    m_progress->setFormat(tr("%1 of %2 events").arg(locale.toString(done), locale.toString(total)));
    emit progress(done, total);
}

void ExportDialog::onFinished(bool ok, bool cancelled, const QString &error, qint64 rows)
{
    const QString path = m_runningFile;
    const QString file = QDir::toNativeSeparators(path);
    m_runningFile.clear();
    setRunning(false);
    if (ok) {
        m_progress->setValue(m_progress->maximum());
        m_progress->setFormat(tr("Done"));
        showStatus(tr("Exported %n event(s) to %1.", nullptr,
                      int(qMin<qint64>(rows, std::numeric_limits<int>::max())))
                       .arg(file),
                   false);
        m_exportedFile = path;
        m_openButton->show();
        m_showInFolderButton->show();
        m_openButton->setFocus();
    } else if (cancelled) {
        m_progress->setFormat(tr("Cancelled"));
        showStatus(tr("Export cancelled. Nothing was written to %1.").arg(file), false);
    } else {
        m_progress->setFormat(tr("Failed"));
        showStatus(tr("Export failed: %1").arg(error), true);
    }
    emit exportFinished(ok, cancelled, error, rows);
}

void ExportDialog::setRunning(bool running)
{
    m_progress->setVisible(true);
    m_cancelButton->setVisible(running);
    if (running) {
        m_openButton->hide();
        m_showInFolderButton->hide();
    }
    m_cancelButton->setEnabled(running);
    m_exportButton->setEnabled(!running);
    m_closeButton->setEnabled(!running);
    for (QWidget *input : {static_cast<QWidget *>(m_fileEdit), static_cast<QWidget *>(m_browseButton),
                           static_cast<QWidget *>(m_csv), static_cast<QWidget *>(m_excel),
                           static_cast<QWidget *>(m_jsonLines), static_cast<QWidget *>(m_wholeLog)})
        input->setEnabled(!running);
    m_filtered->setEnabled(!running && !m_filter.isEmpty());
    if (running)
        m_cancelButton->setFocus();
}

void ExportDialog::showStatus(const QString &text, bool error)
{
    m_showsFileNameProblem = false;
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_status->show();
}

} // namespace opc
