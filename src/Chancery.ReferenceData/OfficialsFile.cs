namespace Chancery.ReferenceData;

/// <summary>The known officials of officials.tsv: heads of state and government, foreign ministers, heads of organisations.</summary>
internal static class OfficialsFile
{
    public static IReadOnlyList<KnownOfficial> Read() =>
        [.. TsvFile.Read("officials.tsv").Select(row => new KnownOfficial(row["name"], row.List("aliases"), row.Actor("actor"), row["office"]))];
}
