namespace Chancery.Testing;

/// <summary>Files of the repository the tests run from: the dev corpus, its gold, the reference data.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string DevCorpus => Path("data", "corpus", "dev");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Chancery.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"no Chancery.slnx above {AppContext.BaseDirectory}");
    }
}
