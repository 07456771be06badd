namespace Chancery.App;

/// <summary>An action line as JSON: its number, text, sector and status.</summary>
public sealed record ActionLineDocument(string Number, string Text, string? Sector, string Status);
