namespace Chancery.Store.Sql;

/// <summary>An engine's versioned schema scripts: the embedded resources <c>{engine}/000N-*.sql</c>, numbered without gaps.</summary>
internal static class MigrationScripts
{
    public static IReadOnlyList<(int Version, string Script)> Load(string engine)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = engine + "/";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (Version: int.Parse(name[prefix.Length..name.IndexOf('-', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture), Name: name))
            .OrderBy(s => s.Version)
            .Select(s =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(s.Name)!);
                return (s.Version, reader.ReadToEnd());
            })
            .ToList();
        if (scripts.Count == 0 || scripts.Select((s, i) => s.Item1 == i + 1).Any(inOrder => !inOrder))
        {
            throw new InvalidOperationException($"{engine} migrations must be numbered 0001, 0002, ... without gaps");
        }
        return scripts;
    }
}
