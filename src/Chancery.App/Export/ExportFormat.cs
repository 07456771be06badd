namespace Chancery.App;

public enum ExportFormat
{
    Csv,
    Json,
    GraphMl,

    /// <summary>One JSON object a line.</summary>
    Jsonl,
}
