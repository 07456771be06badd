using Chancery.Domain;
using Chancery.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Chancery.Testing;

/// <summary>Files at a database path that Chancery must refuse, leaving them as they are.</summary>
public static class BadDatabaseFile
{
    public const string Empty = "empty";
    public const string Text = "text";
    public const string OtherProgram = "another program's database";
    public const string Truncated = "truncated";
    public const string CutMidPage = "cut mid-page";
    public const string Newer = "written by a newer Chancery";

    public static IReadOnlyList<string> All { get; } = [Empty, Text, OtherProgram, Truncated, CutMidPage, Newer];

    public static async Task WriteAsync(string kind, string path)
    {
        switch (kind)
        {
            case Empty:
                await File.WriteAllBytesAsync(path, []);
                break;
            case Text:
                await File.WriteAllTextAsync(path, "name,date\nARSOM,2023-04-29\n");
                break;
            case OtherProgram:
                using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Tene');";
                    command.ExecuteNonQuery();
                }
                break;
            case Truncated or CutMidPage or Newer:
                await using (var store = await SqliteStore.OpenAsync(path, createIfMissing: true))
                {
                    await store.WriteAsync((w, ct) => w.SaveSourceAsync(new Source { Text = new string('x', 50_000) }, ct));
                }
                var bytes = await File.ReadAllBytesAsync(path);
                if (kind == Newer)
                {
                    // user_version is the big-endian integer at byte 60 of the header.
                    bytes[63] = (byte)(SqliteStore.SchemaVersion + 1);
                }
                else
                {
                    bytes = bytes[..(kind == Truncated ? bytes.Length / 2 / 4096 * 4096 : bytes.Length - 100)];
                }
                await File.WriteAllBytesAsync(path, bytes);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
        SqliteConnection.ClearAllPools();
    }
}
