namespace LrNotebooks.Runner.Setup;

/// <summary>
/// Holds an output folder for one run: <c>.lock</c> in the folder, opened exclusively for as long as the
/// run lasts, so that a second run into the same folder is refused instead of mixing its notebooks and
/// site with the first one's. The operating system releases the lock when the process ends, however it ends.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    /// <summary>Name of the lock file in the output folder.</summary>
    public const string FileName = ".lock";

    private readonly FileStream _stream;

    private OutputFolderLock(FileStream stream) => _stream = stream;

    /// <summary>Creates <paramref name="folder"/> if needed and locks it.</summary>
    /// <exception cref="Cli.UsageException">The path is a file, cannot be made a folder, or another run holds the folder.</exception>
    public static OutputFolderLock Acquire(string folder)
    {
        if (File.Exists(folder))
            throw new Cli.UsageException($"--output '{folder}' is an existing file; give a folder (it is created if missing).");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Cli.UsageException($"--output '{folder}' cannot be made a folder: {e.Message}");
        }

        var path = Path.Combine(folder, FileName);
        try
        {
            // FileShare.None: a second open, from this process or another, fails while the run lasts.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return new OutputFolderLock(stream);
        }
        catch (IOException)
        {
            throw new Cli.UsageException($"the output folder {folder} is in use by another run (it holds {FileName}); wait for that run to end or pass another --output.");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new Cli.UsageException($"the output folder {folder} cannot be written: {e.Message}");
        }
    }

    /// <summary>Releases the folder.</summary>
    public void Dispose() => _stream.Dispose();
}
