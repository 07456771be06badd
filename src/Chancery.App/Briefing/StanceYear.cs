using Chancery.Domain;

namespace Chancery.App.Briefing;

/// <summary>A stance the partner took in a year, and in how many engagements.</summary>
public sealed record StanceYear(int Year, Stance Stance, int Engagements);
