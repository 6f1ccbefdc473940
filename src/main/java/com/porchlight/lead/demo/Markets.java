package com.porchlight.lead.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The housing markets the demo data is drawn from: every state and DC with its population (2020 census, thousands),
 * typical home value and household income (thousands of dollars, rounded 2024–25 figures), UTC offset of its main time
 * zone, real area codes, and two to eight of its counties with real three-digit ZIP prefixes, each county's share of
 * the state's leads, its home values relative to the state's, and its conforming loan limit.
 *
 * <p>Loan limits: {@link #BASELINE_LIMIT} (2026 one-unit baseline) unless the county is a high-cost area; "C" marks the
 * high-cost ceiling (and the Alaska/Hawaii baseline), other figures are approximate county limits. Good enough to make
 * "jumbo" mean "above this county's limit" in demo data; not a source for underwriting.
 */
public final class Markets {

    /** The 2026 conforming loan limit for a one-unit home in most counties. */
    public static final long BASELINE_LIMIT = 832_750;
    /** The 2026 high-cost ceiling (also the baseline in Alaska and Hawaii). */
    public static final long CEILING_LIMIT = 1_249_125;

    /** A county: its ZIP3 prefixes, share of the state's leads, home value factor and conforming limit in dollars. */
    public record County(String name, List<String> zip3, double share, double valueFactor, long loanLimit) {
    }

    public record State(String code, double population, long medianHomeValue, long medianIncome, int utcOffsetHours,
            List<String> areaCodes, List<County> counties) {
    }

    // code|population (k)|median home value (k$)|median household income (k$)|UTC offset|area codes|
    // counties as name:zip3 zip3:share:value factor:limit (B baseline, C ceiling, or k$)
    private static final String TABLE = """
            AL|5024|235|60|-6|205 256 251 334|Jefferson:350 351 352:35:1.05:B;Madison:357 358:25:1.15:B;\
            Mobile:365 366:22:0.9:B;Montgomery:360 361:18:0.85:B
            AK|733|375|86|-9|907|Anchorage:995:60:1.05:C;Fairbanks North Star:997:25:0.9:C;Juneau:998:15:1.1:C
            AZ|7152|440|74|-7|602 480 623 520 928|Maricopa:850 852 853:65:1.05:B;Pima:856 857:22:0.85:B;\
            Yavapai:863:13:1.1:B
            AR|3012|205|56|-6|501 479 870|Pulaski:720 721 722:40:1.0:B;Washington:727:35:1.2:B;Sebastian:729:25:0.8:B
            CA|39538|785|92|-8|213 310 323 424 562 626 818 909 619 858 714 949 408 415 650 510 925 916 559 951 760|\
            Los Angeles:900 902 904 905 906 907 908 910 911 912 913 914 915 916 917 918:35:1.1:C;\
            San Diego:919 920 921:12:1.1:1090;Orange:926 927 928:10:1.35:C;Santa Clara:950 951:7:1.8:C;\
            Alameda:945 946:6:1.45:C;San Francisco:941:3:1.8:C;Sacramento:956 957 958:9:0.75:B;\
            Riverside:922 925:11:0.8:B;Fresno:936 937:7:0.55:B
            CO|5774|565|89|-7|303 720 719 970|Denver:802:30:1.1:B;Arapahoe:800 801:25:1.0:B;El Paso:808 809:28:0.85:B;\
            Boulder:803:17:1.35:1040
            CT|3606|420|90|-5|203 475 860|Hartford:060 061:35:0.85:B;Fairfield:066 068 069:35:1.5:B;\
            New Haven:064 065:30:0.9:B
            DE|990|385|79|-5|302|New Castle:197 198:60:1.0:B;Kent:199:20:0.85:B;Sussex:199:20:1.15:B
            DC|690|620|101|-5|202|District of Columbia:200 202 203 204:100:1.0:C
            FL|21538|405|69|-5|305 786 954 561 407 321 813 727 904 239|Miami-Dade:330 331 332:20:1.25:B;\
            Broward:333:17:1.1:B;Palm Beach:334:12:1.25:B;Orange:327 328:15:1.0:B;Hillsborough:335 336:18:0.95:B;\
            Duval:322:13:0.8:B;Lee:339:5:1.0:B
            GA|10712|335|72|-5|404 470 678 770 706 912|Fulton:303:30:1.3:B;Gwinnett:300:25:1.05:B;\
            Cobb:300 301:20:1.15:B;Chatham:314:13:0.9:B;Richmond:309:12:0.6:B
            HI|1455|850|95|-10|808|Honolulu:967 968:70:1.0:C;Maui:967:18:1.15:C;Hawaii:967:12:0.7:C
            ID|1839|460|72|-7|208 986|Ada:836 837:45:1.1:B;Canyon:836:20:0.85:B;Kootenai:838:20:1.05:B;\
            Bonneville:834:15:0.8:B
            IL|12812|280|80|-6|312 773 872 630 331 708 847 815 217 309|Cook:600 604 606 607 608:55:1.05:B;\
            DuPage:601 605:20:1.35:B;Will:604:10:1.1:B;Sangamon:627:8:0.6:B;Winnebago:610 611:7:0.55:B
            IN|6785|245|69|-5|317 463 260 219 574 812|Marion:462:35:0.95:B;Hamilton:460:15:1.5:B;\
            Allen:467 468:20:0.9:B;Lake:463 464:18:0.95:B;St. Joseph:465 466:12:0.85:B
            IA|3190|225|71|-6|515 319 563 712|Polk:500 501 503:45:1.1:B;Linn:524:30:1.0:B;Scott:527 528:25:0.95:B
            KS|2937|235|70|-6|913 316 785 620|Johnson:660 661 662:45:1.45:B;Sedgwick:670 671 672:35:0.8:B;\
            Shawnee:666:20:0.75:B
            KY|4505|215|62|-5|502 859 270 606|Jefferson:400 401 402:45:1.05:B;Fayette:405:30:1.15:B;\
            Kenton:410:25:1.0:B
            LA|4657|205|58|-6|504 985 225 318 337|Orleans:700 701:25:1.25:B;Jefferson:700:20:1.1:B;\
            East Baton Rouge:707 708:35:1.0:B;Caddo:710 711:20:0.75:B
            ME|1362|400|71|-5|207|Cumberland:040 041:50:1.25:B;Penobscot:044:25:0.7:B;Kennebec:043:25:0.75:B
            MD|6177|430|98|-5|301 240 410 443|Montgomery:208 209:30:1.35:C;Prince George's:207:22:0.95:C;\
            Baltimore:210 211 212:30:0.85:B;Anne Arundel:214:18:1.1:B
            MA|7030|625|99|-5|617 857 781 339 978 351 508 774 413|Middlesex:017 018 021:35:1.2:1070;\
            Suffolk:021 022:20:1.15:1070;Norfolk:020 021:20:1.2:1070;Worcester:015 016:25:0.75:B
            MI|10077|250|69|-5|313 248 586 734 616 517 810 989|Wayne:480 481 482:35:0.7:B;Oakland:480 483:30:1.3:B;\
            Kent:493 494 495:20:1.1:B;Washtenaw:481:15:1.4:B
            MN|5706|340|85|-6|612 651 763 952 507 218|Hennepin:553 554:45:1.1:B;Ramsey:550 551:30:0.95:B;\
            Olmsted:559:25:0.9:B
            MS|2961|185|53|-6|601 769 228 662|Hinds:390 391 392:40:0.8:B;Harrison:395:30:1.0:B;DeSoto:386:30:1.2:B
            MO|6154|255|68|-6|314 636 816 417 573|St. Louis:630 631:40:1.1:B;Jackson:640 641:35:0.9:B;\
            Greene:656 657 658:25:0.9:B
            MT|1084|470|70|-7|406|Yellowstone:590 591:40:0.85:B;Missoula:598:30:1.1:B;Gallatin:597:30:1.4:B
            NE|1962|265|72|-6|402 531 308|Douglas:680 681:55:1.0:B;Lancaster:683 684 685:45:1.0:B
            NV|3105|445|73|-8|702 725 775|Clark:889 890 891:70:1.0:B;Washoe:894 895:22:1.15:B;Carson City:897:8:1.0:B
            NH|1378|485|93|-5|603|Hillsborough:030 031:45:1.0:B;Rockingham:038:35:1.15:B;Merrimack:032 033:20:0.9:B
            NJ|9289|530|99|-5|201 551 973 862 732 848 908 609 856|Bergen:074 075 076:25:1.3:C;Essex:070 071:20:1.0:C;\
            Hudson:070 073:15:1.0:C;Middlesex:088 089:20:0.95:C;Monmouth:077:20:1.15:C
            NM|2118|310|59|-7|505 575|Bernalillo:870 871:55:1.0:B;Dona Ana:880:25:0.85:B;Santa Fe:875:20:1.6:B
            NY|20201|475|82|-5|212 646 718 347 917 914 516 631 716 585 518 315|New York:100 101 102:12:2.2:C;\
            Kings:112:18:1.75:C;Queens:110 113 114 116:17:1.45:C;Westchester:105 106 107:10:1.6:C;\
            Nassau:110 115:10:1.55:C;Erie:140 141 142:13:0.55:B;Monroe:144 145 146:10:0.55:B;\
            Albany:120 121 122:10:0.65:B
            NC|10439|335|67|-5|704 980 919 984 336 743 910 828|Mecklenburg:280 281 282:30:1.15:B;\
            Wake:275 276:30:1.25:B;Guilford:270 272 274:20:0.85:B;Durham:277:10:1.05:B;Buncombe:287 288:10:1.15:B
            ND|779|275|74|-6|701|Cass:580 581:60:1.0:B;Burleigh:585:40:1.05:B
            OH|11799|235|67|-5|614 380 216 440 513 330 234 419 937|Franklin:430 431 432:30:1.15:B;\
            Cuyahoga:440 441:28:0.85:B;Hamilton:450 451 452:24:1.0:B;Summit:442 443:18:0.9:B
            OK|3959|205|60|-6|405 918 580|Oklahoma:730 731:45:1.0:B;Tulsa:740 741:40:1.05:B;Cleveland:730:15:1.05:B
            OR|4237|505|76|-8|503 971 541 458|Multnomah:970 972:35:1.05:B;Washington:970 971:25:1.1:B;\
            Lane:974:20:0.85:B;Deschutes:977:20:1.25:B
            PA|13002|275|73|-5|215 267 445 412 878 610 484 717 223 570|Philadelphia:190 191:28:0.9:B;\
            Allegheny:150 151 152:26:0.8:B;Montgomery:189 194:24:1.45:B;Lancaster:175 176:22:1.1:B
            RI|1097|470|81|-5|401|Providence:028 029:65:0.95:B;Kent:028:20:1.0:B;Washington:028:15:1.3:B
            SC|5118|315|64|-5|843 854 864 803 839|Charleston:294:30:1.45:B;Greenville:296:30:1.0:B;\
            Richland:290 291 292:22:0.85:B;Horry:295:18:0.95:B
            SD|887|300|69|-6|605|Minnehaha:570 571:60:1.0:B;Pennington:577:40:1.05:B
            TN|6911|325|65|-6|615 629 901 865 423 731 931|Davidson:370 371 372:30:1.35:B;Shelby:380 381:30:0.75:B;\
            Knox:377 378 379:22:1.0:B;Hamilton:373 374:18:1.0:B
            TX|29146|310|75|-6|713 281 832 346 214 469 972 817 682 512 737 210 726 915|Harris:770 772:30:0.95:B;\
            Dallas:752 753:22:1.0:B;Tarrant:760 761:16:0.95:B;Travis:786 787:13:1.45:B;Bexar:780 782:14:0.85:B;\
            Collin:750:5:1.35:B
            UT|3272|540|89|-7|801 385 435|Salt Lake:840 841:50:1.0:B;Utah:846:28:0.95:B;Davis:840:12:1.0:B;\
            Washington:847:10:1.0:B
            VT|643|390|75|-5|802|Chittenden:054:55:1.15:B;Rutland:057:20:0.75:B;Washington:056:25:0.9:B
            VA|8631|400|90|-5|703 571 757 948 804 540 434 276|Fairfax:220 221 222 223:30:1.7:C;Loudoun:201:10:1.8:C;\
            Arlington:222:5:2.0:C;Virginia Beach:234:20:0.95:B;Richmond:230 231 232:15:0.8:B;Chesapeake:233:10:0.9:B;\
            Roanoke:240:10:0.65:B
            WA|7705|600|91|-8|206 253 360 425 509 564|King:980 981:40:1.4:1070;Pierce:983 984:17:0.95:1070;\
            Snohomish:982:15:1.15:1070;Spokane:990 992:15:0.7:B;Clark:986:13:0.95:B
            WV|1794|160|55|-5|304 681|Kanawha:250 251 253:40:0.95:B;Monongalia:265:30:1.4:B;Cabell:255 257:30:0.85:B
            WI|5894|310|72|-6|414 262 608 920 715|Milwaukee:530 532:35:0.85:B;Dane:535 537:30:1.25:B;\
            Waukesha:530 531:20:1.35:B;Brown:541 543:15:0.95:B
            WY|577|345|72|-7|307|Laramie:820:45:0.95:B;Natrona:826:35:0.85:B;Teton:830:20:4.0:C
            """;

    private static final Map<String, State> STATES;

    static {
        Map<String, State> states = new LinkedHashMap<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            List<County> counties = new ArrayList<>();
            for (String c : f[6].split(";")) {
                String[] p = c.split(":");
                long limit = switch (p[4]) {
                    case "B" -> BASELINE_LIMIT;
                    case "C" -> CEILING_LIMIT;
                    default -> Long.parseLong(p[4]) * 1000;
                };
                counties.add(new County(p[0], List.of(p[1].split(" ")), Double.parseDouble(p[2]),
                        Double.parseDouble(p[3]), limit));
            }
            states.put(f[0], new State(f[0], Double.parseDouble(f[1]), Long.parseLong(f[2]) * 1000,
                    Long.parseLong(f[3]) * 1000, Integer.parseInt(f[4]), List.of(f[5].split(" ")),
                    List.copyOf(counties)));
        }
        STATES = Collections.unmodifiableMap(states);
    }

    private Markets() {
    }

    /** All 50 states and DC, in the table's order. */
    public static List<State> all() {
        return List.copyOf(STATES.values());
    }

    public static State state(String code) {
        State s = STATES.get(code);
        if (s == null) {
            throw new IllegalArgumentException("No market data for state " + code);
        }
        return s;
    }

    /** The conforming limit of the county (by name) in the state. */
    public static long loanLimit(String state, String county) {
        return state(state).counties().stream().filter(c -> c.name().equals(county)).findFirst()
                .map(County::loanLimit)
                .orElseThrow(() -> new IllegalArgumentException("No county " + county + " in " + state));
    }
}
