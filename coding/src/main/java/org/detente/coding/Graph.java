package org.detente.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.detente.core.Dependency;
import org.detente.core.Sentence;
import org.detente.core.TimeMention;
import org.detente.core.Token;

/** Fast child and parent lookups over one sentence's dependency graph. */
final class Graph {
  /** Relations that start a clause of its own: times and negations below them are not the head's. */
  private static final List<String> CLAUSES =
      List.of("ccomp", "advcl", "acl", "parataxis", "conj", "csubj", "xcomp", "ref", "list");

  private final Sentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;

  Graph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    children = new ArrayList<>(n);
    parents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
      parents.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < n) {
        parents.get(d.dependent()).add(d);
      }
      if (d.head() >= 0 && d.head() < n) {
        children.get(d.head()).add(d);
      }
    }
    objectAfterInsertion();
    participleAsRoot();
    participleAfterObject();
    timeAsSubject();
    gerundAsModifier();
    adjectiveAsRoot();
    subjectAsApposition();
  }

  /**
   * "With the signing of a memorandum on a cessation of hostilities, the government and the rebels have agreed to
   * ...": the parser reads the subject after an opening phrase as an apposition to a noun of it, or as more members
   * of a list with that noun, leaving the verb with no subject; those words, when they end right before the verb,
   * become its subjects again.
   */
  private void subjectAsApposition() {
    for (Dependency root : roots()) {
      int verb = root.dependent();
      if (!token(verb).isVerb() || !children(verb, "nsubj").isEmpty() || !children(verb, "expl").isEmpty()) {
        continue;
      }
      int start = verb;
      while (start > 0 && children(verb, "aux").contains(start - 1)) {
        start--; // "have agreed"
      }
      for (int noun = 0; noun < start - 1; noun++) {
        List<Dependency> members = new ArrayList<>();
        for (Dependency d : children.get(noun)) {
          boolean joined = d.relation().equals("appos") || d.relation().startsWith("conj");
          if (joined && d.dependent() > noun && d.dependent() < start && children(d.dependent(), "case").isEmpty()) {
            members.add(d);
          }
        }
        int end = members.stream().mapToInt(Dependency::dependent).max().orElse(-1);
        if (end == start - 1 && token(end).isNoun()) {
          for (Dependency m : members) {
            for (Dependency up : List.copyOf(parents.get(m.dependent()))) {
              if (!up.relation().startsWith("conj") || up.head() == noun) {
                unlink(up); // with the copies of the noun's relation the parser gave the members
              }
            }
            link(new Dependency(verb, m.dependent(), "nsubj"));
          }
          return;
        }
      }
      return;
    }
  }

  /**
   * "responded by threatening merciless retaliation": the parser reads the gerund after "by" as an adjective of the
   * noun after it; the gerund heads the phrase again ({@code advcl}), with the noun its object.
   */
  private void gerundAsModifier() {
    for (Token t : sentence.tokens()) {
      int gerund = t.index();
      if (!t.pos().equals("VBG") || gerund == 0) {
        continue; // #6: the repairs run for every sentence
      }
      Optional<Dependency> amod = parents.get(gerund).stream().filter(d -> d.relation().equals("amod")).findFirst();
      if (amod.isEmpty()) {
        continue;
      }
      int noun = amod.get().head();
      Optional<Dependency> casing = children.get(noun).stream()
          .filter(d -> d.relation().equals("case") && d.dependent() == gerund - 1).findFirst();
      Optional<Dependency> up = parent(noun);
      // only "by" after an active verb: "neighboring Lebanon", "despite growing pressure", "aid given by developing
      // countries" are adjectives
      if (casing.isEmpty() || up.isEmpty() || noun < gerund || up.get().head() < 0
          || !token(gerund - 1).word().equalsIgnoreCase("by") || !token(up.get().head()).isVerb()
          || isPassive(up.get().head())) {
        continue;
      }
      unlink(amod.get());
      unlink(casing.get());
      unlink(up.get());
      link(new Dependency(up.get().head(), gerund, "advcl:by"));
      link(new Dependency(gerund, gerund - 1, "mark"));
      link(new Dependency(gerund, noun, "obj"));
    }
  }

  /**
   * "South Korean and US forces began an exercise": the parser makes the first country's adjective the root, with
   * the verb its conjunct; the verb becomes the root again, and the adjective describes the verb's subject.
   */
  private void adjectiveAsRoot() {
    for (Dependency root : roots()) {
      int adjective = root.dependent();
      if (!token(adjective).pos().startsWith("JJ") || !children(adjective, "nsubj").isEmpty()
          || !children(adjective, "cop").isEmpty()) {
        continue;
      }
      for (Dependency conj : List.copyOf(children.get(adjective))) {
        int verb = conj.dependent();
        List<Integer> subjects = childrenExactly(verb, "nsubj");
        if (conj.relation().startsWith("conj") && token(verb).isVerb() && subjects.size() == 1
            && subjects.get(0) > adjective && subjects.get(0) < verb) {
          unlink(conj);
          unlink(root);
          link(new Dependency(-1, verb, "root"));
          link(new Dependency(subjects.get(0), adjective, "amod"));
          return;
        }
      }
    }
  }

  /** The root arcs of the graph as the repairs so far left it (a repair may have moved the root). */
  private List<Dependency> roots() {
    List<Dependency> out = new ArrayList<>();
    for (List<Dependency> up : parents) {
      for (Dependency d : up) {
        if (d.relation().equals("root")) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private void unlink(Dependency d) {
    if (d.head() >= 0) {
      children.get(d.head()).remove(d);
    }
    parents.get(d.dependent()).remove(d);
  }

  /**
   * "On Friday, January 31, in Tokyo, Russia and Japan began talks": the parser makes the date the subject and
   * the actors a list with the place ("in Tokyo, Russia and Japan"); the list's members after the place, with no
   * preposition of their own, become the verb's subjects again.
   */
  private void timeAsSubject() {
    for (TimeMention tm : sentence.times()) {
      for (int k = tm.start(); k < tm.end(); k++) {
        for (Dependency nsubj : List.copyOf(parents.get(k))) {
          if (!nsubj.relation().equals("nsubj") || !token(nsubj.head()).isVerb()) {
            continue;
          }
          int verb = nsubj.head();
          List<Dependency> members = new ArrayList<>();
          for (int place : children(k, "nmod")) {
            for (Dependency conj : children.get(place)) {
              int m = conj.dependent();
              if (conj.relation().startsWith("conj") && m > place && m < verb && children(m, "case").isEmpty()) {
                members.add(conj);
              }
            }
          }
          if (members.isEmpty()) {
            continue;
          }
          unlink(nsubj);
          for (Dependency conj : members) {
            // with the copies of the place's relation the parser gave them ("nmod:in(January, Russia)")
            for (Dependency up : List.copyOf(parents.get(conj.dependent()))) {
              if (up == conj || up.head() == k) {
                unlink(up);
              }
            }
            link(new Dependency(verb, conj.dependent(), "nsubj"));
          }
        }
      }
    }
  }

  /**
   * "police prevented the demonstration staged by students", "will return weapons seized last year": the parser
   * makes the object the subject of the participle (a past participle with a subject and no auxiliary, which no
   * clause has) and hangs the participle on the verb ({@code dep}); the object becomes the verb's again, with the
   * participle describing it ({@code acl}).
   */
  private void participleAfterObject() {
    for (Dependency dep : unattached()) {
      int verb = dep.head();
      int participle = dep.dependent();
      if (!token(verb).isVerb() || !childrenExactly(verb, "obj").isEmpty() || !token(participle).pos().equals("VBN")
          || !children(participle, "aux").isEmpty()) {
        continue;
      }
      for (Dependency nsubj : List.copyOf(children.get(participle))) {
        int object = nsubj.dependent();
        if (nsubj.relation().equals("nsubj") && object > verb && object < participle) {
          unlink(dep);
          unlink(nsubj);
          link(new Dependency(verb, object, "obj"));
          link(new Dependency(object, participle, "acl"));
          break;
        }
      }
    }
  }

  /**
   * The {@code dep} links still in the graph: the parser's "some relation" that the repairs start from, rare
   * enough that only they are looked at (#6: the repairs run for every sentence).
   */
  private List<Dependency> unattached() {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : sentence.dependencies()) {
      if (d.relation().equals("dep") && d.head() >= 0 && d.head() < children.size()
          && children.get(d.head()).contains(d)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * "Syrian forces backed by Russian warplanes continued their attacks", "workers affiliated with the union stopped
   * work": the parser reads the participle as the main verb, with the real one hanging from it ({@code dep}); the
   * real verb becomes the root, with the subject, and the participle describes the subject again ({@code acl}).
   */
  private void participleAsRoot() {
    for (Dependency dep : unattached()) {
      int r = dep.head();
      Optional<Dependency> root = parents.get(r).stream().filter(d -> d.relation().equals("root")).findFirst();
      List<Integer> subjects = childrenExactly(r, "nsubj");
      List<Integer> agents = new ArrayList<>(childrenExactly(r, "obl:by"));
      if (token(r).pos().equals("VBN")) {
        agents.addAll(childrenExactly(r, "obl:with")); // "workers affiliated with the union stopped work"
      }
      if (root.isEmpty() || subjects.size() != 1 || agents.isEmpty() || !token(r).pos().matches("VB[DN]")) {
        continue;
      }
      int verb = dep.dependent();
      if (token(verb).isVerb() && verb > agents.get(0) && childrenExactly(verb, "nsubj").isEmpty()) {
        int subject = subjects.get(0);
        Dependency nsubj = children.get(r).stream()
            .filter(d -> d.relation().equals("nsubj") && d.dependent() == subject).findFirst().orElseThrow();
        unlink(dep);
        unlink(nsubj);
        unlink(root.get());
        link(new Dependency(-1, verb, "root"));
        link(new Dependency(verb, subject, "nsubj"));
        link(new Dependency(subject, r, "acl"));
        return;
      }
    }
  }

  private void link(Dependency d) {
    if (d.head() >= 0) {
      children.get(d.head()).add(d);
    }
    parents.get(d.dependent()).add(d);
  }

  /**
   * "lifted Friday a day-old blockade", "denounced as an ugly crime Serbia's suppression": wire copy puts a day
   * or an "as" phrase between a verb and its object, and the parser hangs the object on it ({@code dep}); it
   * becomes the verb's object again when the verb has none.
   */
  private void objectAfterInsertion() {
    for (int verb = 0; verb < children.size(); verb++) {
      if (!token(verb).isVerb() || !childrenExactly(verb, "obj").isEmpty()) {
        continue;
      }
      Dependency misplaced = null;
      for (Dependency inserted : children.get(verb)) {
        if (inserted.relation().equals("obl:tmod") || inserted.relation().equals("obl:as")) {
          int h = inserted.dependent();
          for (Dependency d : children.get(h)) {
            if (d.relation().equals("dep") && token(d.dependent()).isNoun() && d.dependent() > h) {
              misplaced = d;
              break;
            }
          }
        }
        if (misplaced != null) {
          break;
        }
      }
      if (misplaced != null) {
        unlink(misplaced);
        link(new Dependency(verb, misplaced.dependent(), "obj"));
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  List<Dependency> children(int head) {
    return children.get(head);
  }

  /**
   * The verb a word's clause hangs from: the word itself when it is a verb, else the first verb among its heads,
   * at most {@code levels} up ("trade" in "where he dangled visions of trade"); the last head reached otherwise.
   */
  int verbAbove(int token, int levels) {
    int head = token;
    for (int depth = 0; depth < levels && !token(head).isVerb(); depth++) {
      int at = head;
      head = parent(head).map(Dependency::head).orElse(at);
    }
    return head;
  }

  /** Children whose relation is {@code rel} or starts with {@code rel + ":"}. */
  List<Integer> children(int head, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(head)) {
      if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Children attached with exactly {@code rel}. */
  List<Integer> childrenExactly(int head, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(head)) {
      if (d.relation().equals(rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The arc to the token's syntactic head: the first that is not a conjunct copy. */
  Optional<Dependency> parent(int token) {
    List<Dependency> ps = parents.get(token);
    for (Dependency d : ps) {
      if (d.head() >= 0 && !d.relation().startsWith("conj")) {
        return Optional.of(d);
      }
    }
    for (Dependency d : ps) {
      if (d.head() >= 0) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  List<Dependency> parents(int token) {
    return parents.get(token);
  }

  /** Tokens of the head's own clause: its descendants, not entering embedded clauses. */
  List<Integer> clause(int head) {
    List<Integer> out = new ArrayList<>();
    boolean[] seen = new boolean[sentence.tokens().size()];
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(head);
    seen[head] = true;
    while (!todo.isEmpty()) {
      int t = todo.poll();
      out.add(t);
      for (Dependency d : children.get(t)) {
        if (!seen[d.dependent()] && !CLAUSES.contains(d.base())) {
          seen[d.dependent()] = true;
          todo.add(d.dependent());
        }
      }
    }
    return out;
  }

  boolean isPassive(int verb) {
    for (Dependency d : children.get(verb)) {
      if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }
}
