using System.Text;

namespace LrNotebooks.Notebooks;

/// <summary>
/// The most stream text (stdout and stderr together) one cell keeps: a cell that prints 50 MB would
/// otherwise make a 50 MB notebook and a 50 MB page. Text past the limit is dropped and a visible marker
/// says how much; the runner applies the limit when it records a cell, the site when it renders one.
/// </summary>
public static class StreamOutputLimit
{
    /// <summary>Most UTF-8 bytes of stream text kept per cell: 1 MiB.</summary>
    public const int MaxBytesPerCell = 1024 * 1024;

    /// <summary>The marker that replaces the dropped text.</summary>
    public static string Marker(long droppedBytes) => $"\n[output truncated: {droppedBytes} bytes not stored]\n";

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="budgetBytes"/> UTF-8 bytes (never inside a
    /// character); returns the text kept and the number of bytes dropped.
    /// </summary>
    public static (string Kept, long DroppedBytes) Cut(string text, long budgetBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes <= budgetBytes) return (text, 0);
        if (budgetBytes <= 0) return ("", bytes);
        // Walk characters (surrogate pairs whole) until the budget is spent.
        long used = 0;
        var end = 0;
        while (end < text.Length)
        {
            var width = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(end, width));
            if (used + size > budgetBytes) break;
            used += size;
            end += width;
        }

        return (text[..end], bytes - used);
    }
}
