namespace Chancery.Web.Pages;

/// <summary>A run of a source's text; <see cref="Fields"/> names the fields it is evidence for, or is null for plain text.</summary>
public sealed record TextRun(string Text, string? Fields);
