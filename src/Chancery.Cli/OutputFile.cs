using System.Text;
using Spectre.Console;

namespace Chancery.Cli;

/// <summary>
/// Where a command writes what it makes: a file named by <c>--out</c>, written beside it first and moved in place once
/// whole (an export that fails leaves the earlier file as it was), or standard output.
/// </summary>
internal static class OutputFile
{
    public static async Task WriteAsync(CliEnvironment environment, string? path, Func<Stream, Task> write)
    {
        if (path is null)
        {
            using var buffer = new MemoryStream();
            await write(buffer);
            environment.WriteRaw(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return;
        }
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--out '{path}' is a directory; name a file");
        }
        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            throw new UsageException($"--out '{path}': there is no folder {folder}");
        }
        var partial = $"{full}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var file = File.Create(partial))
            {
                await write(file);
            }
            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
        environment.Out.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/] ({new FileInfo(full).Length:N0} bytes).");
    }
}
