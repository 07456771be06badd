namespace Chancery.Extraction.Reading;

/// <summary>
/// A document's text as a reader gives it: paragraphs on their own lines, the title first when the format has
/// one, and the date the document carries in its metadata (an HTML page's publication date), if any.
/// </summary>
public sealed record SourceDocument(string Text, DocumentFormat Format, DateOnly? Published = null, string? Title = null);
