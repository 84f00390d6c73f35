package org.hexo.ci.jenkins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stands in for {@code com.cloudbees.groovy.cps.NonCPS} under plain Groovy, where nothing is
 * CPS-transformed; {@link PipelineHarness} imports it as {@code NonCPS}, as Jenkins does the real
 * one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NonCPS {}
