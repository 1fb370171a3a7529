using System;
using System.Collections.Generic;
using System.IO;

namespace DslPlanning.Reports
{
    /// <summary>
    /// The output folder of a run, created if it is missing. A file that cannot be written stops the run with the path,
    /// the system's reason and how many files were written before it.
    /// </summary>
    internal sealed class ReportFolder
    {
        private readonly string _root;
        private readonly int _total;
        private readonly List<string> _written = new();

        private ReportFolder(string root, int total)
        {
            _root = root;
            _total = total;
        }

        /// <summary>The files written so far, relative to the folder, in writing order.</summary>
        public IReadOnlyList<string> Written => _written;

        /// <param name="root">The folder.</param>
        /// <param name="total">How many files the run will write, for the message should one fail.</param>
        public static ReportFolder Open(string root, int total)
        {
            var folder = new ReportFolder(root, total);
            folder.Attempt(root, () =>
            {
                var full = Path.GetFullPath(root);
                for (var path = full; path is not null; path = Path.GetDirectoryName(path))
                {
                    if (File.Exists(path))
                    {
                        throw new ReportJobException(JobText.OutputIsFile(root, path, isRoot: path == full));
                    }
                }

                Directory.CreateDirectory(root);
            });
            return folder;
        }

        /// <summary>Writes a file (replacing the file of an earlier run) and the folders it is in.</summary>
        public void Write(string relativePath, byte[] content)
        {
            var path = Path.Combine(_root, relativePath);
            Attempt(path, () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, content);
            });
            _written.Add(relativePath);
        }

        private void Attempt(string path, Action action)
        {
            try
            {
                action();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new ReportJobException(JobText.CouldNotWrite(path, exception.Message, _written.Count, _total), exception);
            }
        }
    }
}
