using System.Buffers.Binary;
using System.Text;

namespace Chancery.Store.Sqlite;

/// <summary>
/// The first 100 bytes of a SQLite file, read without opening it through SQLite, so that a file which is
/// not ours, is cut short or comes from a newer Chancery is refused with its bytes untouched.
/// See https://www.sqlite.org/fileformat.html#the_database_header.
/// </summary>
internal sealed record DatabaseFileHeader(long FileLength, int PageSize, long PageCount, bool PageCountValid, int UserVersion, int ApplicationId)
{
    private const int Length = 100;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>Reads the header, or throws the <see cref="StoreException"/> that says why the file is no database.</summary>
    public static DatabaseFileHeader Read(string path)
    {
        var bytes = new byte[Length];
        long fileLength;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            fileLength = file.Length;
            if (fileLength == 0)
            {
                throw new StoreException(StoreProblem.NotADatabase, $"{path} is empty, not a Chancery database");
            }
            if (fileLength < Length || file.ReadAtLeast(bytes, Length, throwOnEndOfStream: false) < Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            {
                throw new StoreException(StoreProblem.NotADatabase, $"{path} is not a Chancery database (not a SQLite file)");
            }
        }
        var span = bytes.AsSpan();
        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(span[16..]) is var size && size == 1 ? 65536 : size;
        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(span[24..]);
        var pageCount = BinaryPrimitives.ReadUInt32BigEndian(span[28..]);
        var validFor = BinaryPrimitives.ReadUInt32BigEndian(span[92..]);
        return new DatabaseFileHeader(
            fileLength,
            pageSize,
            pageCount,
            PageCountValid: pageCount > 0 && changeCounter == validFor,
            UserVersion: BinaryPrimitives.ReadInt32BigEndian(span[60..]),
            ApplicationId: BinaryPrimitives.ReadInt32BigEndian(span[68..]));
    }

    /// <summary>Throws unless the file is a whole Chancery database this build can read.</summary>
    public void EnsureUsable(string path, int applicationId, int latestSchema)
    {
        if (PageSize is < 512 or > 65536 || (PageSize & (PageSize - 1)) != 0)
        {
            throw new StoreException(StoreProblem.Corrupt, $"{path} has a damaged SQLite header (page size {PageSize})");
        }
        if (FileLength % PageSize != 0 || (PageCountValid && FileLength < PageCount * PageSize))
        {
            var expected = PageCountValid ? $"{PageCount * PageSize:N0}" : $"a multiple of {PageSize:N0}";
            throw new StoreException(StoreProblem.Truncated, $"{path} is truncated: {FileLength:N0} bytes where its header says {expected}");
        }
        if (ApplicationId != applicationId)
        {
            throw new StoreException(StoreProblem.NotChancery, $"{path} is a SQLite database of another program, not a Chancery database");
        }
        if (UserVersion > latestSchema)
        {
            throw new StoreException(StoreProblem.NewerVersion, $"{path} was written by a newer version of Chancery (schema {UserVersion}; this build reads up to {latestSchema}): upgrade Chancery to open it");
        }
    }
}
