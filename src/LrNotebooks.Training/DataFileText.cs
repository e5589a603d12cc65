using System.IO.Compression;

namespace LrNotebooks.Training;

/// <summary>
/// The text of a data file that may be gzip-compressed or plain: a file that starts with the gzip magic bytes
/// 1f 8b is decompressed and its integrity checked, anything else is read as UTF-8 text.
/// </summary>
/// <remarks>
/// .NET's <see cref="GZipStream"/> stops quietly at the end of a truncated file, so without a check a cut file
/// reads as fewer (or half) lines and the error would blame a line. The check is the gzip trailer (RFC 1952
/// §2.3.1): the last eight bytes hold the CRC-32 and the length (mod 2³²) of the decompressed data, and both must
/// match. That holds for files with a single gzip member, which is what gzip, Python's gzip module and
/// <see cref="GZipStream"/> write.
/// </remarks>
internal static class DataFileText
{
    /// <summary>Reads the whole text of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file starts like gzip but is truncated or corrupt; the message names the file.</exception>
    public static TextReader Open(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        bool gzip = bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
        return new StreamReader(new MemoryStream(gzip ? Decompress(bytes, path) : bytes));
    }

    private static byte[] Decompress(byte[] bytes, string path)
    {
        var text = new MemoryStream();
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            gzip.CopyTo(text);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(path, e.Message, e);
        }
        byte[] data = text.ToArray();
        if (bytes.Length < 18)
            throw Damaged(path, $"only {bytes.Length} bytes, shorter than a gzip header and trailer");
        uint crc = BitConverter.ToUInt32(bytes, bytes.Length - 8), length = BitConverter.ToUInt32(bytes, bytes.Length - 4);
        if (!BitConverter.IsLittleEndian)
        {
            crc = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(crc);
            length = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(length);
        }
        if (length != (uint)data.Length || crc != Crc32(data))
            throw Damaged(path, $"the decompressed data ({data.Length} bytes) does not match the length and CRC-32 in the gzip trailer");
        return data;
    }

    private static InvalidDataException Damaged(string path, string detail, Exception? inner = null) =>
        new($"{path}: the file is truncated or corrupt gzip ({detail}). Restore it (e.g. git checkout -- {path}) or use an uncompressed CSV.", inner);

    // CRC-32 of gzip and zip (IEEE 802.3, reflected polynomial 0xEDB88320), bit by bit: the file is small.
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
                crc = (crc >> 1) ^ (0xEDB88320 & (0u - (crc & 1)));
        }
        return ~crc;
    }
}
