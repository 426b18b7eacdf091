package org.w3id.treatygraph.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders labels as people count: "Article 2" before "Article 10", "Chapter IV" before "Chapter IX" (a word of
 * Roman numerals after "Chapter", "Part", "Section" or "Title" counts as its number), then case-insensitively.
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();
    private static final Pattern TOKEN = Pattern.compile(
            "(?<=\\b(?:chapter|part|section|title) )(?<roman>[ivxlc]+)\\b|(?<digits>\\d+)|(?<text>\\D)", Pattern.CASE_INSENSITIVE);

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        List<Object> x = tokens(a);
        List<Object> y = tokens(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            Object p = x.get(i);
            Object q = y.get(i);
            int c;
            if (p instanceof Long m && q instanceof Long n) {
                c = Long.compare(m, n);
            } else if (p instanceof Long) {
                c = -1;
            } else if (q instanceof Long) {
                c = 1;
            } else {
                c = ((String) p).compareTo((String) q);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static List<Object> tokens(String s) {
        List<Object> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            if (m.group("roman") != null) {
                tokens.add(roman(m.group("roman").toUpperCase(Locale.ROOT)));
            } else if (m.group("digits") != null) {
                String digits = m.group("digits");
                tokens.add(digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits));
            } else {
                tokens.add(m.group("text").toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }

    /** The value of a Roman numeral (I to CCCXCIX is plenty for chapters). */
    static long roman(String numeral) {
        long total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = value(numeral.charAt(i));
            int next = i + 1 < numeral.length() ? value(numeral.charAt(i + 1)) : 0;
            total += value < next ? -value : value;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            default -> 100;
        };
    }

    /** The Roman numeral of a chapter number. */
    public static String toRoman(int number) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(numerals[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }
}
