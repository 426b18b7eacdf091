package org.w3id.treatygraph.importer;

import java.util.Map;

/** Numbers as the six language versions print them: Western and Arabic-Indic digits, Chinese numerals, "premier". */
final class Numbers {
    /** A digit: Western, Arabic-Indic or Eastern Arabic-Indic. */
    static final String DIGITS = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
    /** A Chinese numeral character (up to 999). */
    static final String HAN = "[〇零一二三四五六七八九十百]";

    private static final Map<Character, Integer> HAN_DIGITS = Map.of('〇', 0, '零', 0, '一', 1, '二', 2, '三', 3,
            '四', 4, '五', 5, '六', 6, '七', 7, '八', 8);
    private static final Map<Character, Character> CYRILLIC_LOOKALIKES = Map.of('а', 'a', 'в', 'b', 'с', 'c',
            'е', 'e', 'і', 'i', 'к', 'k', 'м', 'm', 'о', 'o', 'р', 'p', 'х', 'x');

    private Numbers() {}

    /** The value of a number in any of the forms above; "premier" (French "first") is 1. */
    static int parse(String number) {
        if (number.equals("premier")) {
            return 1;
        }
        if (number.codePoints().allMatch(Character::isDigit)) {
            int value = 0;
            for (char c : number.toCharArray()) {
                value = value * 10 + Character.digit(c, 10);
            }
            return value;
        }
        return parseHan(number);
    }

    /** Chinese numerals: 三 3, 十二 12, 二十 20, 六十八 68, 一百零五 105. */
    private static int parseHan(String number) {
        int value = 0;
        int digit = 0;
        for (char c : number.toCharArray()) {
            if (c == '百') {
                value += Math.max(digit, 1) * 100;
                digit = 0;
            } else if (c == '十') {
                value += Math.max(digit, 1) * 10;
                digit = 0;
            } else if (c == '九') {
                digit = 9;
            } else if (HAN_DIGITS.containsKey(c)) {
                digit = HAN_DIGITS.get(c);
            } else {
                throw new IllegalArgumentException("Not a number: " + number);
            }
        }
        return value + digit;
    }

    /** A lower-case Roman numeral (i, ii, iv, …), as sub-subparagraphs are numbered. */
    static boolean isRoman(String label) {
        return !label.isEmpty() && label.matches("m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");
    }

    /** The Roman numeral after {@code label}: i → ii, iii → iv, … */
    static String nextRoman(String label) {
        return roman(romanValue(label) + 1);
    }

    static int romanValue(String label) {
        Map<Character, Integer> values = Map.of('i', 1, 'v', 5, 'x', 10, 'l', 50, 'c', 100, 'd', 500, 'm', 1000);
        int value = 0;
        for (int i = 0; i < label.length(); i++) {
            int v = values.get(label.charAt(i));
            value += i + 1 < label.length() && v < values.get(label.charAt(i + 1)) ? -v : v;
        }
        return value;
    }

    private static String roman(int value) {
        String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(symbols[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }

    /** Russian texts may set the Latin subparagraph letters with Cyrillic look-alikes (а for a). */
    static String latinLookalike(String label) {
        StringBuilder latin = new StringBuilder();
        for (char c : label.toCharArray()) {
            latin.append(CYRILLIC_LOOKALIKES.getOrDefault(c, c));
        }
        return latin.toString();
    }

    /** The English letter of the n-th subparagraph: 1 → a. */
    static String letter(int ordinal) {
        return ordinal >= 1 && ordinal <= 26 ? String.valueOf((char) ('a' + ordinal - 1)) : "#" + ordinal;
    }
}
