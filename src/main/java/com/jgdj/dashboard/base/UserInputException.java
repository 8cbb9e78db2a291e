package com.jgdj.dashboard.base;

/** Refused input; the message is Chinese and meant for the user. Nothing was changed. */
public class UserInputException extends RuntimeException {

    public UserInputException(String userMessage) {
        super(userMessage);
    }
}
