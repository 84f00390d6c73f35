package org.hexo.ci.board;

/** Protocol: bring a target up and down (containers, virtual machines). */
public interface Power {
  void on();

  void off();

  boolean isOn();
}
